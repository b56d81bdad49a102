using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>A dedicated partner's reserved time is paid at their weekly cost.</summary>
internal sealed class PartnerReservationTerm : IObjectiveTerm
{
    public string Name => "partner-reservation";

    public RuleLevel Level => RuleLevel.Soft;

    public string Description => "A dedicated partner costs costPerWeek times partnerLoad times the weeks they are available.";

    public long ClientTerm(StaffingProblem problem, ClientData client, int partner)
    {
        var person = problem.People[partner];
        return person.Member.CostPerWeek * client.PartnerLoad * person.AvailableWeeks;
    }
}
