namespace Staffing.Scenarios;

/// <summary>Objective weights; any value left out keeps its default from the spec.</summary>
public sealed record Weights
{
    public static readonly Weights Default = new()
    {
        Unfilled = new Dictionary<Tier, long>
        {
            [Tier.Diamond] = 1_000_000,
            [Tier.Gold] = 200_000,
            [Tier.Strategic] = 100_000,
            [Tier.Ordinary] = 50_000,
        },
        Travel = 2_000,
        Change = 10_000_000,
    };

    public IReadOnlyDictionary<Tier, long>? Unfilled { get; init; }
    public long? Travel { get; init; }
    public long? Change { get; init; }

    /// <summary>These weights over the defaults: every value present.</summary>
    public Weights Resolved()
    {
        var unfilled = new Dictionary<Tier, long>(Default.Unfilled!);
        foreach (var (tier, value) in Unfilled ?? new Dictionary<Tier, long>())
        {
            unfilled[tier] = value;
        }

        return new Weights
        {
            Unfilled = unfilled,
            Travel = Travel ?? Default.Travel,
            Change = Change ?? Default.Change,
        };
    }

    public long UnfilledFor(Tier tier) => Resolved().Unfilled![tier];
}
