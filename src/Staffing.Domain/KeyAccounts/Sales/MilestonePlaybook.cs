using Staffing.Scenarios;

namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// Who takes part in each milestone of the sales methodology, when and to deliver what. Each participation is a
/// seat with a department on the opportunity's pipeline project, so the solver forms cross-department teams.
/// </summary>
public static class MilestonePlaybook
{
    /// <summary>The open milestones in the order an opportunity passes them.</summary>
    public static IReadOnlyList<Milestone> Order { get; } =
        [Milestone.FirstContact, Milestone.NeedsAnalysis, Milestone.SolutionDesign, Milestone.Proposal, Milestone.Negotiation];

    public static IReadOnlyList<MilestoneStep> Steps { get; } =
    [
        new(Milestone.FirstContact, 0, 1,
        [
            new("sales", "account executive", Grade.Manager, 20, "meeting notes and a first account map"),
            new("consulting", "engagement partner", Grade.Partner, 10, "a point of view on the client's agenda"),
        ]),
        new(Milestone.NeedsAnalysis, 1, 2,
        [
            new("consulting", "business analyst", Grade.Consultant, 40, "needs and success criteria agreed with the client"),
            new("finance", "commercial analyst", Grade.Consultant, 10, "budget, buying process and credit check"),
        ]),
        new(Milestone.SolutionDesign, 3, 2,
        [
            new("technology", "solution architect", Grade.SeniorManager, 50, "solution outline and architecture"),
            new("rnd", "offering specialist", Grade.Consultant, 30, "reusable offerings and demo fitted to the need"),
            new("delivery", "delivery lead", Grade.Manager, 20, "staffing and delivery plan"),
        ]),
        new(Milestone.Proposal, 5, 2,
        [
            new("sales", "bid manager", Grade.Manager, 50, "the written proposal and price"),
            new("finance", "pricing analyst", Grade.Consultant, 20, "margin and cash-flow model"),
            new("consulting", "engagement partner", Grade.Partner, 10, "proposal sign-off and client presentation"),
        ]),
        new(Milestone.Negotiation, 7, 1,
        [
            new("sales", "account executive", Grade.Manager, 30, "negotiated terms"),
            new("finance", "contracts manager", Grade.Manager, 20, "contract and payment terms"),
        ]),
    ];

    public static MilestoneStep StepOf(Milestone milestone) => Steps.FirstOrDefault(s => s.Milestone == milestone)
        ?? throw new DomainException($"{milestone} is an outcome, not a step with participants");

    /// <summary>The pipeline project's seats for every step up to and including <paramref name="reached"/>.</summary>
    public static IReadOnlyList<Seat> SeatsUpTo(string opportunityId, Milestone reached, int startWeek)
    {
        var last = reached is Milestone.Won or Milestone.Lost ? Milestone.Negotiation : reached;
        return [.. Steps.Where(s => s.Milestone <= last).SelectMany(step => SeatsOf(opportunityId, step, startWeek))];
    }

    /// <summary>One step's seats: one per participation, in the step's weeks, asking for its department and grade.</summary>
    public static IReadOnlyList<Seat> SeatsOf(string opportunityId, MilestoneStep step, int startWeek) =>
        [.. step.Participations.Select((p, i) => new Seat
        {
            Id = SeatId(opportunityId, step.Milestone, i),
            Role = p.Role,
            Department = p.Department,
            MinGrade = p.MinGrade,
            Load = p.Load,
            Start = startWeek + step.StartWeek,
            End = startWeek + step.StartWeek + step.Weeks,
        })];

    public static string SeatId(string opportunityId, Milestone milestone, int index) =>
        $"{opportunityId}-{KebabCase(milestone)}-{index + 1}";

    public static string KebabCase(Milestone milestone) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(milestone.ToString());
}

/// <summary>One milestone: when it starts (weeks after the opportunity opens), how long it runs, and who takes part.</summary>
public sealed record MilestoneStep(Milestone Milestone, int StartWeek, int Weeks, IReadOnlyList<Participation> Participations);

/// <summary>A department's part in a milestone: the role, the least grade, the share of a week, and the deliverable.</summary>
public sealed record Participation(string Department, string Role, Grade MinGrade, int Load, string Deliverable);
