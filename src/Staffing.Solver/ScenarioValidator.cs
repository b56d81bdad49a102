using Staffing.Scenarios;

namespace Staffing.Solver;

/// <summary>Every reason a scenario is invalid (spec, "A scenario is invalid when"), each with its JSON path.</summary>
public static class ScenarioValidator
{
    public const int MaxWeeks = 520;

    public static IReadOnlyList<InputError> Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var errors = new List<InputError>();
        if (scenario.Format != Scenario.FormatName)
        {
            errors.Add(new("$.format", $"format must be '{Scenario.FormatName}', not '{scenario.Format}'"));
        }

        if (scenario.Weeks is < 1 or > MaxWeeks)
        {
            errors.Add(new("$.weeks", $"weeks must be from 1 to {MaxWeeks}, not {scenario.Weeks}"));
        }

        ValidateWeights(scenario.Weights, errors);
        var staff = StaffValidation.Validate(scenario, errors);
        var seats = ProjectValidation.Validate(scenario, staff, errors);
        ClientValidation.Validate(scenario, staff, errors);
        StaffValidation.ValidateCurrentSeats(scenario, seats, errors);
        return errors;
    }

    private static void ValidateWeights(Weights? weights, List<InputError> errors)
    {
        if (weights is null)
        {
            return;
        }

        foreach (var (tier, value) in weights.Unfilled ?? new Dictionary<Tier, long>())
        {
            if (value < 0)
            {
                errors.Add(new($"$.weights.unfilled.{tier.ToString().ToLowerInvariant()}", $"a weight must not be negative, not {value}"));
            }
        }

        if (weights.Travel < 0)
        {
            errors.Add(new("$.weights.travel", $"a weight must not be negative, not {weights.Travel}"));
        }

        if (weights.Change < 0)
        {
            errors.Add(new("$.weights.change", $"a weight must not be negative, not {weights.Change}"));
        }
    }
}
