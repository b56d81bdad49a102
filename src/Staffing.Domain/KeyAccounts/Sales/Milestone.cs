namespace Staffing.Domain.KeyAccounts;

/// <summary>The named milestones of the sales methodology, in order; an opportunity ends won or lost.</summary>
public enum Milestone
{
    FirstContact = 0,
    NeedsAnalysis = 1,
    SolutionDesign = 2,
    Proposal = 3,
    Negotiation = 4,
    Won = 5,
    Lost = 6,
}
