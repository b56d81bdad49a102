using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Grains;
using Staffing.Scenarios;

namespace Staffing.Host.Tests.Workflows;

public sealed class ProposalsApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private readonly WorkflowDemo firm = new(demo);

    [Fact]
    public async Task A_project_proposal_streams_progress_then_is_approved()
    {
        using var manager = await demo.SignedInAsync("manager");
        var project = (await firm.ProjectsAsync(Tier.Gold))[0];

        var created = await manager.PostAsJsonAsync("/api/proposals", new { scope = "project", id = project.Id, timeLimitSeconds = 2 });
        var id = (await WorkflowDemo.BodyAsync(created)).GetProperty("id").GetString()!;
        var events = await ReadEventsAsync(manager, id);
        var ready = await manager.GetFromJsonAsync<JsonElement>($"/api/proposals/{id}");
        var approved = await manager.PostAsJsonAsync($"/api/proposals/{id}/approve", new { });

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        Assert.Equal($"/api/proposals/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("done", events[^1].Event);
        Assert.Equal("ready", events[^1].Data.GetProperty("status").GetString());
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(project.Seats.Length, ready.GetProperty("result").GetProperty("seats").GetArrayLength());
        Assert.True(ready.GetProperty("result").TryGetProperty("disruptions", out _));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await WorkflowDemo.BodyAsync(approved)).GetProperty("proposal").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_managers_approving_overlapping_proposals_at_once_get_one_success_and_one_stale_answer()
    {
        using var manager = await demo.SignedInAsync("manager");
        using var admin = await demo.SignedInAsync("admin");
        var project = (await firm.ProjectsAsync(Tier.Ordinary))[0];
        var bookings = demo.Factory.Services.GetRequiredService<BookingCoordinator>();
        foreach (var seat in project.Holders.Keys)
        {
            Assert.True((await bookings.VacateSeatAsync(project.Id, seat)).Success);
        }

        var ids = new List<string>();
        foreach (var _ in new[] { 1, 2 })
        {
            var created = await manager.PostAsJsonAsync("/api/proposals", new { scope = "project", id = project.Id, timeLimitSeconds = 2 });
            ids.Add((await WorkflowDemo.BodyAsync(created)).GetProperty("id").GetString()!);
        }

        var solved = await Task.WhenAll(ids.Select(id => WorkflowDemo.UntilSolvedAsync(manager, id)));
        Assert.All(solved, s => Assert.NotEqual(0, s.GetProperty("result").GetProperty("changes").GetArrayLength()));

        var answers = await Task.WhenAll(
            manager.PostAsJsonAsync($"/api/proposals/{ids[0]}/approve", new { }),
            admin.PostAsJsonAsync($"/api/proposals/{ids[1]}/approve", new { }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var refused = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var problem = await WorkflowDemo.BodyAsync(refused);
        Assert.NotEqual(0, problem.GetProperty("staleSeats").GetArrayLength());
        Assert.Equal("/api/proposals", problem.GetProperty("freshProposal").GetProperty("href").GetString());
    }

    [Fact]
    public async Task Rejection_needs_a_reason_and_pins_re_solve_under_a_new_id()
    {
        using var manager = await demo.SignedInAsync("manager");
        var project = (await firm.ProjectsAsync(Tier.Strategic)).Concat(await firm.ProjectsAsync(Tier.Gold)).Last();
        var created = await manager.PostAsJsonAsync("/api/proposals", new { scope = "project", id = project.Id, timeLimitSeconds = 2 });
        var id = (await WorkflowDemo.BodyAsync(created)).GetProperty("id").GetString()!;
        var ready = await WorkflowDemo.UntilSolvedAsync(manager, id);
        var seat = ready.GetProperty("result").GetProperty("seats")[0];

        var noReason = await manager.PostAsJsonAsync($"/api/proposals/{id}/reject", new { reason = "" });
        var pinned = await manager.PostAsJsonAsync($"/api/proposals/{id}/pin", new { seat = seat.GetProperty("seat").GetString(), staff = seat.GetProperty("staff").GetString() });
        var revision = (await WorkflowDemo.BodyAsync(pinned)).GetProperty("id").GetString()!;
        var old = await manager.GetFromJsonAsync<JsonElement>($"/api/proposals/{id}");
        var rejected = await manager.PostAsJsonAsync($"/api/proposals/{revision}/reject", new { reason = "client prefers to wait" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await WorkflowDemo.BodyAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.Accepted, pinned.StatusCode);
        Assert.NotEqual(id, revision);
        Assert.Equal("superseded", old.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
    }

    [Theory]
    [InlineData("galaxy", null, "scope")]
    [InlineData("project", null, "id")]
    [InlineData("project", "no-such-project", "id")]
    public async Task A_bad_proposal_request_names_the_field(string scope, string? id, string field)
    {
        using var manager = await demo.SignedInAsync("manager");

        var response = await manager.PostAsJsonAsync("/api/proposals", new { scope, id });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await WorkflowDemo.BodyAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_client_user_cannot_ask_for_proposals()
    {
        using var client = await demo.SignedInAsync($"client-{demo.ClientA}");

        var response = await client.PostAsJsonAsync("/api/proposals", new { scope = "portfolio" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<List<(string Event, JsonElement Data)>> ReadEventsAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/proposals/{id}/progress", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var events = new List<(string, JsonElement)>();
        string? name = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add((name ?? "message", JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone()));
            }
        }

        return events;
    }
}
