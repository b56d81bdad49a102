using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Staffing.Scenarios;

namespace Staffing.Host.Tests.Workflows;

/// <summary>The workflow endpoints as each role, with the caller's own and another client's ids.</summary>
public sealed class WorkflowAccessTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    public static TheoryData<string, string?, int> Reads => new()
    {
        // path template ({A}, {B} clients; {PB} another client's project), user, expected status
        { "/api/queue", null, 401 },
        { "/api/queue", "client-A", 403 },
        { "/api/queue", "manager", 200 },
        { "/api/proposals", "client-A", 403 },
        { "/api/proposals", "manager", 200 },
        { "/api/proposals/no-such-proposal", "manager", 404 },
        { "/api/returns", null, 401 },
        { "/api/returns", "client-A", 200 },
        { "/api/returns/no-such-return", "client-A", 404 },
        { "/api/picks", "client-A", 200 },
        { "/api/audit?client={A}", "client-A", 200 },
        { "/api/audit?client={B}", "client-A", 404 },
        { "/api/audit?project={PB}", "client-A", 404 },
        { "/api/audit?project={PB}", "manager", 200 },
        { "/api/audit", "manager", 400 },
        { "/api/audit?client={A}&project={PB}", "manager", 400 },
        { "/api/clients/{A}/partner", "client-A", 200 },
        { "/api/clients/{B}/partner", "client-A", 404 },
        { "/api/clients/{B}/partner", "manager", 200 },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Read_answers_by_role(string path, string? user, int expected)
    {
        using var client = await demo.SignedInAsync(user?.Replace("client-A", $"client-{demo.ClientA}", StringComparison.Ordinal));

        var response = await client.GetAsync(new Uri(Expand(path), UriKind.Relative));

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
    }

    [Fact]
    public async Task Only_client_users_return_and_pick_and_only_managers_approve()
    {
        using var manager = await demo.SignedInAsync("manager");
        using var client = await demo.SignedInAsync($"client-{demo.ClientA}");

        var managerReturns = await manager.PostAsJsonAsync("/api/returns", new { project = demo.ProjectOfA, seat = "x", reason = "x" });
        var managerPicks = await manager.PostAsJsonAsync("/api/picks", new { project = demo.ProjectOfA, seat = "x", staff = demo.AnyStaff });
        var clientApproves = await client.PostAsJsonAsync("/api/proposals/any/approve", new { });
        var clientAssignsPartner = await client.PutAsJsonAsync($"/api/clients/{demo.ClientA}/partner", new { staff = demo.AnyStaff });

        Assert.Equal(HttpStatusCode.Forbidden, managerReturns.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, managerPicks.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clientApproves.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, clientAssignsPartner.StatusCode);
    }

    [Fact]
    public async Task A_dedicated_partner_sees_only_their_clients_queue_items()
    {
        var projects = await new WorkflowDemo(demo).ProjectsAsync(Tier.Diamond);
        var mine = projects[0];
        var other = projects.First(p => p.ClientId != mine.ClientId);
        foreach (var project in new[] { mine, other })
        {
            using var client = await demo.SignedInAsync($"client-{project.ClientId}");
            var seat = project.Holders.Keys.Order(StringComparer.Ordinal).Last();
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/returns", new { project = project.Id, seat, reason = "not responsive" })).StatusCode);
        }

        var partnerId = (await new WorkflowDemo(demo).Grains.GetGrain<Grains.Abstractions.IClientGrain>(mine.ClientId).GetAsync())!.DedicatedPartner;
        using var partner = await demo.SignedInAsync($"partner-{partnerId}");
        var queue = await partner.GetFromJsonAsync<JsonElement>("/api/queue?pageSize=200");

        var items = queue.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("project").GetString() == mine.Id);
        Assert.All(items, i => Assert.Equal(mine.ClientId, i.GetProperty("client").GetString()));
    }

    private string Expand(string path) => path
        .Replace("{A}", demo.ClientA, StringComparison.Ordinal)
        .Replace("{B}", demo.ClientB, StringComparison.Ordinal)
        .Replace("{PB}", demo.ProjectOfB, StringComparison.Ordinal);
}
