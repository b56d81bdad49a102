using Staffing.Solver.Problem;

namespace Staffing.Solver.Search;

/// <summary>
/// A proven lower bound without a model: every seat takes its own cheapest option (capacity, H1 and
/// exclusivity relaxed) and every diamond client its cheapest partner. Any plan costs at least this.
/// </summary>
internal static class RelaxedBound
{
    public static long Compute(StaffingProblem problem)
    {
        long bound = 0;
        foreach (var seat in problem.Seats)
        {
            var coefficients = problem.CandidateCoefficients[seat.Index];
            bound += problem.EmptySeatCost[seat.Index];
            if (seat.FixedPerson >= 0)
            {
                bound += coefficients.Length > 0 ? coefficients[0] : 0;
            }
            else if (coefficients.Length > 0 && coefficients[0] < 0)
            {
                bound += coefficients[0];
            }
        }

        return bound + PartnerBound(problem);
    }

    /// <summary>Every diamond client's cheapest dedicated partner (exclusivity relaxed).</summary>
    private static long PartnerBound(StaffingProblem problem) =>
        problem.Clients.Where(c => c.IsDiamond).Sum(client => client.GivenPartner >= 0
            ? problem.ClientContribution(client, client.GivenPartner)
            : problem.UnnamedPartners
                .Select(p => problem.ClientContribution(client, p.Index))
                .DefaultIfEmpty(0)
                .Min());
}
