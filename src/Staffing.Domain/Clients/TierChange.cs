using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>One entry of a client's tier history.</summary>
public sealed record TierChange(DateOnly Date, Tier From, Tier To, string Reason);
