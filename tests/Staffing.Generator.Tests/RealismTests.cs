using Staffing.Generator.Tests.Checks;
using Staffing.Scenarios;

namespace Staffing.Generator.Tests;

public sealed class RealismTests
{
    [Theory]
    [InlineData("demo")]
    [InlineData("large")]
    public void Grades_form_a_pyramid_with_enough_partners_for_diamonds_and_leads(string firm)
    {
        var s = Firms.For(firm).Scenario;
        var grades = s.Staff.CountBy(p => p.Grade).ToDictionary();
        var diamonds = s.Clients.Count(c => c.Tier == Tier.Diamond);

        Assert.True(grades[Grade.Analyst] + grades[Grade.Consultant] > s.Staff.Count / 2);
        Assert.True(grades[Grade.Consultant] > grades[Grade.Manager]);
        Assert.True(grades[Grade.Manager] > grades[Grade.SeniorManager]);
        Assert.True(grades[Grade.SeniorManager] > grades[Grade.Partner]);
        Assert.True(grades[Grade.Partner] >= (2 * diamonds) + 2);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("large")]
    public void Skills_are_long_tailed_and_seniors_hold_higher_levels(string firm)
    {
        var s = Firms.For(firm).Scenario;
        var holders = s.Staff.SelectMany(p => p.Skills.Keys).CountBy(k => k).Select(x => x.Value).Order().ToList();
        double MeanLevel(Grade g) => s.Staff.Where(p => p.Grade == g).SelectMany(p => p.Skills.Values).Average();

        Assert.True(holders[^1] >= 10 * holders[0], $"most common {holders[^1]}, rarest {holders[0]}");
        Assert.True(MeanLevel(Grade.Partner) > MeanLevel(Grade.Manager));
        Assert.True(MeanLevel(Grade.Manager) > MeanLevel(Grade.Analyst));
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("large")]
    public void Cost_rises_with_grade_and_differs_by_region(string firm)
    {
        var s = Firms.For(firm).Scenario;
        double Mean(Func<StaffMember, bool> which) => s.Staff.Where(which).Average(p => p.CostPerWeek);

        Assert.True(Mean(p => p.Grade == Grade.Partner) > Mean(p => p.Grade == Grade.Manager));
        Assert.True(Mean(p => p.Grade == Grade.Manager) > Mean(p => p.Grade == Grade.Analyst));
        Assert.True(Mean(p => p.Grade == Grade.Analyst && p.Region == "amer") > Mean(p => p.Grade == Grade.Analyst && p.Region == "china"));
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("large")]
    public void Departments_leave_commitments_and_remote_work_appear_in_realistic_shares(string firm)
    {
        var s = Firms.For(firm).Scenario;
        double Share(Func<StaffMember, bool> which) => s.Staff.Count(which) / (double)s.Staff.Count;

        Assert.Subset(s.Staff.Select(p => p.Department!).ToHashSet(), new HashSet<string> { "consulting", "technology", "delivery", "rnd", "sales", "finance" });
        Assert.InRange(Share(p => p.Unavailable is not null), 0.1, 0.4);
        Assert.InRange(Share(p => p.Committed is not null), 0.05, 0.3);
        Assert.InRange(s.Projects.Count(p => p.Remote) / (double)s.Projects.Count, 0.1, 0.4);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("large")]
    public void Seats_have_loads_20_to_100_spans_in_the_horizon_and_a_share_is_held_today(string firm)
    {
        var s = Firms.For(firm).Scenario;
        var seats = s.AllSeats().Select(x => x.Seat).ToList();
        var held = s.Staff.Sum(p => p.Current?.Count ?? 0);

        Assert.All(seats, x => Assert.InRange(x.Load, 20, 100));
        Assert.All(seats, x => Assert.True(x.Start >= 0 && x.Start < x.End && x.End <= s.Weeks));
        Assert.InRange(held / (double)seats.Count, 0.15, 0.6);
        Assert.InRange(seats.Count(x => x.Pick is not null), 1, seats.Count / 20);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Most_seats_can_be_filled_by_several_people_and_a_few_are_scarce()
    {
        var s = Firms.Large.Scenario;
        var seats = s.AllSeats().Select(x => x.Seat).ToList();
        var holders = s.Staff.SelectMany(p => p.Skills.Keys.Select(k => (Skill: k, Person: p))).ToLookup(x => x.Skill, x => x.Person);

        var qualified = seats
            .Select(x => (x.Skills is { Count: > 0 } skills ? holders[skills.Keys.First()] : s.Staff).Count(p => Honourability.Qualifies(p, x)))
            .ToList();

        Assert.All(qualified, q => Assert.True(q >= 1));
        Assert.True(qualified.Count(q => q >= 3) >= 0.95 * seats.Count);
        Assert.Contains(qualified, q => q < 3);
    }

    [Fact]
    public void Names_look_human_and_corporate_and_do_not_repeat()
    {
        var s = Firms.Large.Scenario;

        Assert.Equal(s.Staff.Count, s.Staff.Select(p => p.Name).Distinct().Count());
        Assert.Equal(s.Clients.Count, s.Clients.Select(c => c.Name).Distinct().Count());
        Assert.All(s.Staff, p => Assert.Matches("^[A-Z][a-z-]+ ([A-Z]\\. ){0,2}([a-z]+ )?[A-Z][a-z]+$", p.Name!));
        Assert.All(s.Clients, c => Assert.Matches("^[A-Z][a-z]+ [A-Z]", c.Name!));
        Assert.True(s.Projects.Select(p => p.Name).Distinct().Count() < s.Projects.Count / 5);
    }
}
