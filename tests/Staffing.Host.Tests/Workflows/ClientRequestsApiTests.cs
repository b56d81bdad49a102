using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Staffing.Scenarios;

namespace Staffing.Host.Tests.Workflows;

public sealed class ClientRequestsApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private readonly WorkflowDemo firm = new(demo);

    private static HttpRequestMessage Post(string path, object body, string? key) => new(HttpMethod.Post, path)
    {
        Content = JsonContent.Create(body),
        Headers = { { "Idempotency-Key", key ?? Guid.NewGuid().ToString("N") } },
    };

    [Fact]
    public async Task A_diamond_return_retried_with_its_key_is_recorded_once_queued_with_its_clock_and_replaced_by_a_manager()
    {
        var project = (await firm.ProjectsAsync(Tier.Diamond))[0];
        var (seat, returned) = project.Holders.OrderBy(h => h.Key, StringComparer.Ordinal).First();
        using var client = await demo.SignedInAsync($"client-{project.ClientId}");
        using var manager = await demo.SignedInAsync("manager");
        var key = Guid.NewGuid().ToString("N");
        var body = new { project = project.Id, seat, reason = "does not fit the team" };

        var first = await client.SendAsync(Post("/api/returns", body, key));
        var retry = await client.SendAsync(Post("/api/returns", body, key));
        var reused = await client.SendAsync(Post("/api/returns", body with { reason = "another" }, key));
        var opened = await WorkflowDemo.BodyAsync(first);
        var id = opened.GetProperty("id").GetString()!;
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/returns");
        var queue = await manager.GetFromJsonAsync<JsonElement>("/api/queue?pageSize=200");
        var candidate = opened.GetProperty("candidates")[0].GetProperty("staff").GetString();
        var approved = await manager.PostAsJsonAsync($"/api/returns/{id}/approve", new { staff = candidate });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.StatusCode, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(returned, opened.GetProperty("request").GetProperty("staff").GetString());
        Assert.Single(mine.GetProperty("items").EnumerateArray(), i => i.GetProperty("seat").GetString() == seat);
        var line = Assert.Single(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        Assert.InRange(line.GetProperty("remainingSeconds").GetDouble(), 47 * 3600, 48 * 3600);
        Assert.False(line.GetProperty("escalated").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("replaced", (await WorkflowDemo.BodyAsync(approved)).GetProperty("return").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_client_user_cannot_return_or_pick_on_another_clients_project()
    {
        using var client = await demo.SignedInAsync($"client-{demo.ClientA}");
        var other = await firm.Grains.GetGrain<Grains.Abstractions.IProjectGrain>(demo.ProjectOfB).GetAsync();
        var seat = other!.Seats[0].Id;

        var returned = await client.SendAsync(Post("/api/returns", new { project = other.Id, seat, reason = "x" }, null));
        var picked = await client.SendAsync(Post("/api/picks", new { project = other.Id, seat, staff = demo.AnyStaff }, null));
        var audit = await client.GetAsync($"/api/audit?client={demo.ClientB}");

        Assert.Equal(HttpStatusCode.NotFound, returned.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, picked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, audit.StatusCode);
    }

    [Fact]
    public async Task A_client_that_is_not_diamond_gets_403_for_a_pick()
    {
        var project = (await firm.ProjectsAsync(Tier.Gold))[0];
        using var client = await demo.SignedInAsync($"client-{project.ClientId}");

        var response = await client.SendAsync(Post("/api/picks", new { project = project.Id, seat = project.Seats[0].Id, staff = demo.AnyStaff }, null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await WorkflowDemo.BodyAsync(response);
        Assert.Equal("Only diamond clients pick consultants", problem.GetProperty("title").GetString());
        Assert.Contains("gold", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_diamond_pick_is_recorded_once_per_key_and_shown_in_the_clients_audit_trail()
    {
        var project = (await firm.ProjectsAsync(Tier.Diamond)).Last();
        var seat = project.Seats.First(s => s.Pick is null).Id;
        using var client = await demo.SignedInAsync($"client-{project.ClientId}");
        var key = Guid.NewGuid().ToString("N");
        var body = new { project = project.Id, seat, staff = demo.AnyStaff };

        var first = await client.SendAsync(Post("/api/picks", body, key));
        var retry = await client.SendAsync(Post("/api/picks", body, key));
        var picks = await client.GetFromJsonAsync<JsonElement>("/api/picks?pageSize=200");
        var trail = await client.GetFromJsonAsync<JsonElement>($"/api/audit?client={project.ClientId}&pageSize=200");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        var id = (await WorkflowDemo.BodyAsync(first)).GetProperty("id").GetString();
        Assert.Single(picks.GetProperty("items").EnumerateArray(), i => i.GetProperty("seat").GetString() == seat && i.GetProperty("staff").GetString() == demo.AnyStaff);
        Assert.Single(trail.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "pick" && e.GetProperty("subject").GetString() == id);
    }

    [Fact]
    public async Task A_manager_changes_a_diamond_clients_dedicated_partner()
    {
        var project = (await firm.ProjectsAsync(Tier.Diamond))[0];
        using var manager = await demo.SignedInAsync("manager");
        var before = await manager.GetFromJsonAsync<JsonElement>($"/api/clients/{project.ClientId}/partner");

        var unchanged = await manager.PutAsJsonAsync($"/api/clients/{project.ClientId}/partner", new { staff = before.GetProperty("partner").GetString() });
        var missing = await manager.PutAsJsonAsync($"/api/clients/{project.ClientId}/partner", new { staff = "no-such-person" });

        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
        Assert.Equal(before.GetProperty("partner").GetString(), (await WorkflowDemo.BodyAsync(unchanged)).GetProperty("partner").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await WorkflowDemo.BodyAsync(missing)).GetProperty("errors").TryGetProperty("staff", out _));
    }
}
