using Staffing.Solver.Problem;
using Staffing.Solver.Search;
using static Staffing.Solver.Tests.ScenarioBuilder;

namespace Staffing.Solver.Tests;

/// <summary>Ejection chains say whether they converged, which decides whether the search goes on polishing a plan.</summary>
public sealed class EjectionSearchTests
{
    [Theory]
    [InlineData(false, true, "cheap")]
    [InlineData(true, false, "dear")]
    public void Chains_move_a_seat_to_a_cheaper_person_and_say_whether_they_converged(bool stopAtOnce, bool converged, string holder)
    {
        var (problem, plan) = SeatHeldByTheDearerPerson();

        var result = new EjectionSearch(problem).Improve(plan, () => stopAtOnce);

        Assert.Equal(converged, result);
        Assert.Equal(holder, problem.People[plan.Holder[0]].Id);
    }

    private static (StaffingProblem Problem, TeamState Plan) SeatHeldByTheDearerPerson()
    {
        var problem = StaffingProblem.Create(new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/a"))
            .Person("dear", 2000)
            .Person("cheap", 1000)
            .Build());
        var plan = new TeamState(problem);
        plan.Assign(0, problem.PersonIndex["dear"]);
        return (problem, plan);
    }
}
