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

    [Fact]
    public void An_empty_seat_goes_to_a_free_person_even_past_the_candidates_tried_with_chains()
    {
        // Forty cheaper people are pinned to seats of their own in the same weeks, so no chain can move them; the
        // forty-first candidate of the open seat is free.
        var builder = new ScenarioBuilder();
        for (var i = 0; i < 40; i++)
        {
            builder.Project($"g{i}", "c1", Seat($"g{i}/a") with { Pinned = $"busy{i}" }).Person($"busy{i}", 1000);
        }

        var problem = StaffingProblem.Create(builder.Project("o", "c1", Seat("o/a")).Person("late", 3000).Build());
        var plan = new TeamState(problem);
        for (var i = 0; i < 40; i++)
        {
            plan.Assign(problem.SeatIndex[$"g{i}/a"], problem.PersonIndex[$"busy{i}"]);
        }

        var converged = new EjectionSearch(problem).Improve(plan, () => false);

        Assert.True(converged);
        Assert.Equal("late", problem.People[plan.Holder[problem.SeatIndex["o/a"]]].Id);
        Assert.Empty(SolveRun.Violations(plan));
    }

    [Fact]
    public void A_chain_moves_a_person_to_another_seat_of_the_same_project_and_refills_the_seat_they_leave()
    {
        // Only Sam can lead; he holds the manager seat, which Max (dearer) can take instead.
        var lead = new Dictionary<string, int> { ["lead"] = 1 };
        var problem = StaffingProblem.Create(new ScenarioBuilder()
            .Project("p1", "c1", Seat("p1/lead") with { Skills = lead }, Seat("p1/mgr"))
            .Person("sam", 1000, skills: lead)
            .Person("max", 2000)
            .Build());
        var plan = new TeamState(problem);
        plan.Assign(problem.SeatIndex["p1/mgr"], problem.PersonIndex["sam"]);

        new EjectionSearch(problem).Improve(plan, () => false);

        Assert.Equal("sam", problem.People[plan.Holder[problem.SeatIndex["p1/lead"]]].Id);
        Assert.Equal("max", problem.People[plan.Holder[problem.SeatIndex["p1/mgr"]]].Id);
        Assert.Empty(SolveRun.Violations(plan));
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
