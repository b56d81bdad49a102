using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Staffing.ClusterDrill;

/// <summary>
/// The workflow side of the drill: a manager asks for team proposals on projects set aside for it (no seat writer
/// touches them), waits for the background solve and approves. Each seat change of an acknowledged approval goes
/// into the ledger like a booking; an approval in doubt leaves its changes possible. Approval is all or nothing,
/// which the holders-against-bookings audit then checks.
/// </summary>
internal sealed class ProposalTraffic(StaffingClient client, LocalCluster cluster, IReadOnlyList<string> projects, SeatLedger ledger)
{
    private int _next;

    public int Created { get; private set; }

    public int Approved { get; private set; }

    public int Refused { get; private set; }

    public int InDoubt { get; private set; }

    public int Errors { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested && projects.Count > 0; i++)
        {
            await ProposeAndApproveAsync(projects[i % projects.Count], stop);
        }
    }

    private async Task ProposeAndApproveAsync(string project, CancellationToken stop)
    {
        var (created, proposal) = await PostAsync("api/proposals", new { scope = "project", id = project, timeLimitSeconds = 2 });
        if (created != Outcome.Acknowledged || (string?)proposal?["id"] is not { } id)
        {
            CountOther(created);
            await Task.Delay(500, CancellationToken.None);
            return;
        }

        Created++;
        var ready = await WaitReadyAsync(id, TimeSpan.FromSeconds(30));
        if (ready is null || stop.IsCancellationRequested)
        {
            return;
        }

        var changes = (ready["result"]?["changes"] as JsonArray ?? [])
            .Select(c => (Project: (string)c!["project"]!, Seat: (string)c["seat"]!, To: (string?)c["to"]))
            .ToList();
        var (approved, _) = await PostAsync($"api/proposals/{Uri.EscapeDataString(id)}/approve", new { seats = (string[]?)null });
        foreach (var change in changes)
        {
            ledger.Record(change.Project, change.Seat, change.To, approved);
        }

        switch (approved)
        {
            case Outcome.Acknowledged:
                Approved++;
                break;
            default:
                CountOther(approved);
                break;
        }
    }

    private void CountOther(Outcome outcome)
    {
        switch (outcome)
        {
            case Outcome.Refused or Outcome.Shed:
                Refused++;
                break;
            case Outcome.Unavailable:
                InDoubt++;
                break;
            case Outcome.Error:
                Errors++;
                break;
        }
    }

    /// <summary>Polls the proposal until its solve is over; null when it failed or did not finish in time.</summary>
    private async Task<JsonNode?> WaitReadyAsync(string id, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var proposal = await client.GetJsonAsync(new Uri(NextSilo(), $"api/proposals/{Uri.EscapeDataString(id)}"));
            var status = (string?)proposal?["status"];
            if (status is not null && !string.Equals(status, "solving", StringComparison.OrdinalIgnoreCase))
            {
                return string.Equals(status, "ready", StringComparison.OrdinalIgnoreCase) ? proposal : null;
            }

            await Task.Delay(500);
        }

        return null;
    }

    private async Task<(Outcome Outcome, JsonNode? Body)> PostAsync(string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(NextSilo(), path)) { Content = JsonContent.Create(body) };
        var (outcome, _, text) = await client.SendForBodyAsync(request);
        return (outcome, outcome == Outcome.Acknowledged && text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    private Uri NextSilo()
    {
        var silos = cluster.Silos.Where(s => s.Running).ToList();
        return silos.Count == 0 ? cluster.Silos[0].BaseUri : silos[++_next % silos.Count].BaseUri;
    }
}
