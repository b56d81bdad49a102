using Staffing.Scenarios;

namespace Staffing.Generator.Tests;

public sealed class SizeTests
{
    [Fact]
    public void Demo_preset_has_the_demo_firms_size()
    {
        var s = Firms.Demo.Scenario;

        Assert.Equal(30, s.Clients.Count);
        Assert.Equal(300, s.Staff.Count);
        Assert.Equal(60, s.Projects.Count);
        Assert.Equal(360, s.AllSeats().Count());
        Assert.Equal(26, s.Weeks);
        Assert.Equal(["amer", "apac", "china", "emea"], s.Staff.Select(p => p.Region).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(4, s.Clients.Select(c => c.Tier).Distinct().Count());
    }

    [Fact]
    public void Large_preset_has_the_target_size()
    {
        var s = Firms.Large.Scenario;

        Assert.Equal(400, s.Clients.Count);
        Assert.Equal(5_000, s.Staff.Count);
        Assert.Equal(15_000, s.AllSeats().Count());
        Assert.Equal(2_500, s.Projects.Count);
        Assert.Equal(52, s.Weeks);
    }

    [Theory]
    [InlineData(10, 1, 1, 1)]
    [InlineData(57, 301, 9, 13)]
    [InlineData(1_200, 2_000, 104, 150)]
    public void Any_size_is_met_exactly(int staff, int seats, int weeks, int clients)
    {
        var s = ScenarioGenerator.Generate(new GeneratorOptions { Seed = 9, Staff = staff, Seats = seats, Weeks = weeks, Clients = clients }).Scenario;

        Assert.Equal(staff, s.Staff.Count);
        Assert.Equal(seats, s.AllSeats().Count());
        Assert.Equal(weeks, s.Weeks);
        Assert.Equal(clients, s.Clients.Count);
        Assert.All(s.Projects, p => Assert.NotEmpty(p.Seats));
    }
}
