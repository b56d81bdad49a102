using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Staffing.Host.Tests;

public sealed class ApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Staff_search_filters_by_skill_level_and_region()
    {
        using var client = await demo.SignedInAsync("manager");
        using var all = await DemoHostFixture.JsonAsync(await client.GetAsync(new Uri("/api/staff?pageSize=200", UriKind.Relative)));
        var first = all.RootElement.GetProperty("items")[0];
        var skill = first.GetProperty("skills").EnumerateObject().First();
        var region = first.GetProperty("region").GetString();

        using var found = await DemoHostFixture.JsonAsync(await client.GetAsync(
            new Uri($"/api/staff?skill={skill.Name}&level={skill.Value.GetInt32()}&region={region}&pageSize=200", UriKind.Relative)));

        var items = found.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("id").GetString() == first.GetProperty("id").GetString());
        Assert.All(items, i =>
        {
            Assert.Equal(region, i.GetProperty("region").GetString());
            Assert.True(i.GetProperty("skills").GetProperty(skill.Name).GetInt32() >= skill.Value.GetInt32());
        });
        Assert.Equal(300, all.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/staff?level=9&skill=x", "level")]
    [InlineData("/api/staff?grade=wizard", "grade")]
    [InlineData("/api/staff?freeFrom=5", "freeTo")]
    [InlineData("/api/staff?pageSize=1000", "pageSize")]
    [InlineData("/api/clients?page=0", "page")]
    public async Task Bad_query_names_the_field(string path, string field)
    {
        using var client = await demo.SignedInAsync("manager");

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = await DemoHostFixture.JsonAsync(response);
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}");
    }

    [Fact]
    public async Task Live_scenario_solves_and_the_plan_covers_every_seat()
    {
        using var client = await demo.SignedInAsync("manager");
        var scenario = await client.GetStringAsync(new Uri("/api/scenario", UriKind.Relative));

        var response = await client.PostAsync(
            new Uri("/api/solve?timeLimit=5", UriKind.Relative), new StringContent(scenario, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var plan = await DemoHostFixture.JsonAsync(response);
        using var scenarioDoc = JsonDocument.Parse(scenario);
        var seats = scenarioDoc.RootElement.GetProperty("projects").EnumerateArray().Sum(p => p.GetProperty("seats").GetArrayLength());
        Assert.Contains(plan.RootElement.GetProperty("status").GetString(), new[] { "optimal", "feasible" });
        Assert.Equal(seats, plan.RootElement.GetProperty("assignments").GetArrayLength() + plan.RootElement.GetProperty("unfilled").GetArrayLength());
    }

    [Fact]
    public async Task Invalid_scenario_answers_validation_problem_with_paths()
    {
        using var client = await demo.SignedInAsync("manager");

        var response = await client.PostAsJsonAsync("/api/solve", new { format = "staffing-scenario/1", weeks = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = await DemoHostFixture.JsonAsync(response);
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty("$.weeks", out _));
    }

    [Fact]
    public async Task Malformed_json_answers_400_naming_the_path()
    {
        using var client = await demo.SignedInAsync("manager");

        var response = await client.PostAsync(
            new Uri("/api/solve", UriKind.Relative), new StringContent("{\"weeks\": \"many\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = await DemoHostFixture.JsonAsync(response);
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty("$.weeks", out _));
    }

    [Fact]
    public async Task Time_limit_out_of_range_is_refused()
    {
        using var client = await demo.SignedInAsync("manager");

        var response = await client.PostAsJsonAsync("/api/solve?timeLimit=9999", new { format = "staffing-scenario/1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Project_team_names_each_holder()
    {
        using var client = await demo.SignedInAsync("manager");

        using var team = await DemoHostFixture.JsonAsync(await client.GetAsync(new Uri($"/api/projects/{demo.ProjectOfA}/team", UriKind.Relative)));

        var seats = team.RootElement.GetProperty("seats").EnumerateArray().ToList();
        Assert.NotEmpty(seats);
        Assert.All(seats.Where(s => s.TryGetProperty("holder", out var h) && h.ValueKind == JsonValueKind.Object),
            s => Assert.False(string.IsNullOrEmpty(s.GetProperty("holder").GetProperty("name").GetString())));
    }
}

public sealed class FilterTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("diamond")]
    [InlineData("gold")]
    [InlineData("ordinary")]
    public async Task Clients_filter_by_kebab_case_tier(string tier)
    {
        using var client = await demo.SignedInAsync("manager");

        var response = await client.GetAsync(new Uri($"/api/clients?tier={tier}&pageSize=200", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await DemoHostFixture.JsonAsync(response);
        var tiers = body.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("tier").GetString()).Distinct().ToList();
        Assert.All(tiers, t => Assert.Equal(tier, t));
    }

    [Fact]
    public async Task Projects_filter_by_status_and_refuse_unknown_ones()
    {
        using var client = await demo.SignedInAsync("manager");

        var active = await client.GetAsync(new Uri("/api/projects?status=active&pageSize=200", UriKind.Relative));
        var bad = await client.GetAsync(new Uri("/api/projects?status=sleeping", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        using var body = await DemoHostFixture.JsonAsync(active);
        Assert.All(body.RootElement.GetProperty("items").EnumerateArray(), p => Assert.Equal("active", p.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var problem = await DemoHostFixture.JsonAsync(bad);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("status", out _));
    }
}
