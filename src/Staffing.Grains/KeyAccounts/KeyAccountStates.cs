using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>What the tier review grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.tier-review")]
public sealed record TierReviewState
{
    [Id(0)] public TierReviewInfo Book { get; init; } = new();
}

/// <summary>What an account plan grain persists; null until the plan first changes.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.account-plan")]
public sealed record AccountPlanState
{
    [Id(0)] public AccountPlanInfo? Plan { get; init; }
}

/// <summary>What an opportunity grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.opportunity")]
public sealed record OpportunityState
{
    [Id(0)] public OpportunityInfo? Opportunity { get; init; }
}

/// <summary>What the commercial book grain persists.</summary>
[GenerateSerializer, Immutable, Alias("staffing.state.commercial-book")]
public sealed record CommercialBookState
{
    [Id(0)] public CommercialBookInfo Book { get; init; } = new();
}
