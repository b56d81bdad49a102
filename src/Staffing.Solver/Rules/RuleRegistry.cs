namespace Staffing.Solver.Rules;

/// <summary>Every hard rule and objective term of the staffing problem, in one list.</summary>
public static class RuleRegistry
{
    internal static readonly IReadOnlyList<IHardRule> HardRules =
    [
        new OnePersonPerSeatRule(),
        new QualificationRule(),
        new CapacityRule(),
        new ReturnRule(),
        new PickAndPinRule(),
        new DedicatedPartnerRule(),
        new ReservedTimeRule(),
        new ExclusivityRule(),
    ];

    internal static readonly IReadOnlyList<IObjectiveTerm> Terms =
    [
        new UnfilledSeatTerm(),
        new StaffCostTerm(),
        new PartnerReservationTerm(),
        new TravelTerm(),
        new TeamChangeTerm(),
    ];

    /// <summary>The hard rules (H1-H8), then the objective terms.</summary>
    public static IReadOnlyList<IRule> All { get; } = [.. HardRules, .. Terms];
}
