using Staffing.Generator.Tests.Checks;
using Staffing.Scenarios;

namespace Staffing.Generator.Tests;

public sealed class ValidityTests
{
    [Theory]
    [MemberData(nameof(Firms.Cases), MemberType = typeof(Firms))]
    public void Generated_scenario_breaks_no_validity_rule(string firm)
    {
        var scenario = Firms.For(firm).Scenario;

        Assert.Empty(ScenarioValidity.Errors(scenario));
    }

    [Theory]
    [MemberData(nameof(Firms.Cases), MemberType = typeof(Firms))]
    public void Generated_scenario_survives_a_json_round_trip_unchanged(string firm)
    {
        var json = ScenarioJson.Write(Firms.For(firm).Scenario);

        var reread = ScenarioJson.ReadScenario(json);

        Assert.Equal(json, ScenarioJson.Write(reread));
        Assert.Empty(ScenarioValidity.Errors(reread));
    }

    [Fact]
    public void Validity_check_accepts_the_shared_tiny_scenario()
    {
        Assert.Empty(ScenarioValidity.Errors(Firms.SharedScenario("tiny.json")));
    }

    [Fact]
    public void Validity_check_finds_each_planted_error_of_the_shared_invalid_scenario()
    {
        var errors = ScenarioValidity.Errors(Firms.SharedScenario("invalid.json"));

        Assert.Contains(errors, e => e.Contains(".load:", StringComparison.Ordinal) && e.Contains("140", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains(".client:", StringComparison.Ordinal) && e.Contains("unknown client", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.staff:", StringComparison.Ordinal) && e.Contains("repeats", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("not diamond", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains(".end:", StringComparison.Ordinal) && e.Contains("out of 0..", StringComparison.Ordinal));
    }

    [Fact]
    public void Validity_check_finds_a_seat_in_two_currents_and_a_pick_of_a_returned_person()
    {
        var demo = Firms.Demo.Scenario;
        var diamond = demo.Clients.First(c => c.Tier == Tier.Diamond);
        var project = demo.Projects.First(p => p.Client == diamond.Id);
        var seat = project.Seats[0];
        var returnedPerson = demo.Staff[0].Id;
        var broken = demo with
        {
            Clients = demo.Clients.Select(c => c.Id == diamond.Id ? c with { Returned = [returnedPerson] } : c).ToList(),
            Projects = demo.Projects.Select(p => p.Id != project.Id ? p : p with
            {
                Seats = p.Seats.Select(x => x.Id == seat.Id ? x with { Pick = returnedPerson, Pinned = null } : x).ToList(),
            }).ToList(),
            Staff = demo.Staff.Select((p, i) => i < 2 ? p with { Current = [seat.Id] } : p with { Current = p.Current?.Where(c => c != seat.Id).ToList() }).ToList(),
        };

        var errors = ScenarioValidity.Errors(broken);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("two people's current", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("has returned", StringComparison.Ordinal));
    }
}
