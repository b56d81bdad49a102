using Staffing.Generator.Tests.Checks;
using Staffing.Scenarios;

namespace Staffing.Generator.Tests;

public sealed class HonourabilityTests
{
    [Theory]
    [MemberData(nameof(Firms.Cases), MemberType = typeof(Firms))]
    public void Picks_pins_and_dedicated_partners_can_all_be_honoured_together(string firm)
    {
        Assert.Empty(Honourability.FixedSeatProblems(Firms.For(firm).Scenario));
    }

    [Theory]
    [MemberData(nameof(Firms.Cases), MemberType = typeof(Firms))]
    public void Current_teams_are_qualified_and_fit_their_people(string firm)
    {
        Assert.Empty(Honourability.CurrentTeamProblems(Firms.For(firm).Scenario));
    }

    [Fact]
    public void Check_finds_the_two_overlapping_picks_of_the_shared_infeasible_scenario()
    {
        var problems = Honourability.FixedSeatProblems(Firms.SharedScenario("infeasible-picks.json"));

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("s-kim is over capacity", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_finds_a_pin_on_another_clients_dedicated_partner()
    {
        var demo = Firms.Demo.Scenario;
        var given = demo.Clients.First(c => c.DedicatedPartner is not null);
        Assert.Contains(demo.Clients, c => c.Tier == Tier.Diamond && c.DedicatedPartner is null);
        var project = demo.Projects.First(p => p.Client != given.Id);
        var seat = project.Seats[^1];
        var broken = demo with
        {
            Projects = demo.Projects.Select(p => p.Id != project.Id ? p : p with
            {
                Seats = p.Seats.Select(x => x.Id == seat.Id ? x with { Pinned = given.DedicatedPartner, Pick = null, Load = 1, Start = 0, End = 1 } : x).ToList(),
            }).ToList(),
        };

        var problems = Honourability.FixedSeatProblems(broken);

        Assert.Contains($"{given.DedicatedPartner} is fixed on {seat.Id} but is the dedicated partner of {given.Id}", problems);
    }

    [Fact]
    public void Large_firm_has_picks_pins_and_both_given_and_open_dedicated_partners()
    {
        var s = Firms.Large.Scenario;
        var seats = s.AllSeats().Select(x => x.Seat).ToList();
        var diamonds = s.Clients.Where(c => c.Tier == Tier.Diamond).ToList();

        Assert.Contains(seats, x => x.Pinned is not null);
        Assert.All(diamonds.Where(d => s.Projects.Any(p => p.Client == d.Id)), d =>
            Assert.Contains(s.Projects.Where(p => p.Client == d.Id).SelectMany(p => p.Seats), x => x.Pick is not null));
        Assert.Contains(diamonds, d => d.DedicatedPartner is not null);
        Assert.Contains(diamonds, d => d.DedicatedPartner is null);
        Assert.All(diamonds.Where(d => d.DedicatedPartner is not null), d => Assert.InRange(d.PartnerLoad!.Value, 10, 30));
    }

    [Fact]
    public void Diamond_picks_name_qualified_people_some_from_another_region()
    {
        var s = Firms.Large.Scenario;
        var staff = s.Staff.ToDictionary(p => p.Id);
        var picks = s.AllSeats().Where(x => x.Seat.Pick is not null).ToList();

        Assert.All(picks, x => Assert.True(Honourability.Qualifies(staff[x.Seat.Pick!], x.Seat), x.Seat.Id));
        Assert.All(picks, x => Assert.Equal(Tier.Diamond, s.Clients.Single(c => c.Id == x.Project.Client).Tier));
        Assert.Contains(picks, x => staff[x.Seat.Pick!].Region != x.Project.Region);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("large")]
    public void Some_returned_consultant_still_holds_a_seat_of_the_client_so_repairs_have_work(string firm)
    {
        var s = Firms.For(firm).Scenario;
        var seatClient = s.Projects.SelectMany(p => p.Seats.Select(x => (x.Id, p.Client))).ToDictionary(x => x.Id, x => x.Client);

        var returnedHolders = s.Staff.Count(p => (p.Current ?? []).Any(seat =>
            s.Clients.First(c => c.Id == seatClient[seat]).Returned?.Contains(p.Id) == true));

        Assert.InRange(returnedHolders, 1, s.Staff.Count / 10);
    }
}
