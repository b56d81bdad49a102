using Staffing.Generator.Building;
using Staffing.Scenarios;

namespace Staffing.Generator;

/// <summary>
/// Generates a realistic consulting firm as a scenario: clients tiered by Pareto-shaped revenue,
/// a grade pyramid in four regions, long-tailed skills, today's teams, leave, commitments, returns,
/// picks, pins and dedicated partners. Pure and deterministic: the same options give the same firm.
/// </summary>
public static class ScenarioGenerator
{
    /// <summary>Generates the firm; throws <see cref="ArgumentException"/> when an option is out of range.</summary>
    public static GeneratedFirm Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var dice = new Dice(options.Seed);
        var diamonds = ClientBuilder.DiamondTarget(options.Clients);
        // Each diamond client needs a dedicated partner, and partners also lead engagements.
        var staff = StaffBuilder.Build(dice, options.Staff, options.Weeks, partnersNeeded: (2 * diamonds) + 2);
        var partners = staff.Count(p => p.Grade == Grade.Partner);
        var clients = ClientBuilder.Build(dice, options.Clients, maxDiamonds: Math.Max(1, partners / 2));
        var index = new StaffIndex(staff);
        var projects = PortfolioBuilder.Build(dice, options, clients, index);
        var book = new CapacityBook(staff, options.Weeks);
        DedicatedPartners.Assign(dice, clients, index, book);
        CurrentTeams.Assign(dice, projects, index, book);
        Returns.Assign(dice, clients, staff);
        PicksAndPins.Assign(dice, projects, clients, index, book);
        return ScenarioAssembly.Assemble(options.Weeks, clients, projects, staff);
    }
}
