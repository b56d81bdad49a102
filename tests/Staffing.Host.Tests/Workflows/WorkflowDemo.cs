using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Host.Tests.Workflows;

/// <summary>Finds demo clients, projects and seats of the kind a workflow test needs, and waits for proposals.</summary>
internal sealed class WorkflowDemo(DemoHostFixture demo)
{
    public IGrainFactory Grains => demo.Factory.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Open projects of clients of the tier, each with its held seats, most held seats first.</summary>
    public async Task<IReadOnlyList<ProjectInfo>> ProjectsAsync(Tier tier)
    {
        var directory = await Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var clients = (await Task.WhenAll(directory.Clients.Select(id => Grains.GetGrain<IClientGrain>(id).GetAsync())))
            .OfType<ClientInfo>().Where(c => c.Tier == tier).Select(c => c.Id).ToHashSet();
        var projects = await Task.WhenAll(directory.Projects.Select(id => Grains.GetGrain<IProjectGrain>(id).GetAsync()));
        return [.. projects.OfType<ProjectInfo>()
            .Where(p => clients.Contains(p.ClientId) && p.Status != Domain.ProjectStatus.Closed && p.Holders.Count > 0)
            .OrderByDescending(p => p.Holders.Count).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>Polls a proposal until it leaves "solving" (real solver time passes).</summary>
    public static async Task<JsonElement> UntilSolvedAsync(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/proposals/{id}");
            if (body.GetProperty("status").GetString() != "solving")
            {
                return body;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"proposal {id} still solving");
    }
}
