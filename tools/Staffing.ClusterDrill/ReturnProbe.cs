using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Staffing.ClusterDrill;

/// <summary>
/// The service-level side of the drill: a diamond client returns a consultant before the faults, with the silos'
/// return SLA shortened so it falls due during them; afterwards the return must be escalated, and exactly once
/// (one escalation entry in the project's audit trail).
/// </summary>
internal sealed class ReturnProbe(HttpClient http)
{
    public string? Id { get; private set; }

    public string? Project { get; private set; }

    /// <summary>Opens a return on a filled seat of a diamond client's active project outside <paramref name="avoid"/>.</summary>
    public async Task<bool> OpenAsync(StaffingClient manager, Uri silo, FirmSnapshot firm, IReadOnlySet<string> avoid)
    {
        var clients = await manager.GetJsonAsync(new Uri(silo, "api/clients?pageSize=200"));
        var diamonds = (clients?["items"] as JsonArray ?? []).Where(c => (string?)c!["tier"] == "diamond").Select(c => (string)c!["id"]!).ToHashSet();
        var target = firm.Projects.Values
            .Where(p => diamonds.Contains(p.ClientId) && p.Status == "active" && !avoid.Contains(p.Id))
            .SelectMany(p => p.Seats.Where(s => s.Fixed is null && p.Holders.ContainsKey(s.Id)).Select(s => (Project: p, Seat: s)))
            .OrderBy(x => x.Seat.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (target.Project is null)
        {
            return false;
        }

        var client = new StaffingClient(http);
        if (!await client.SignInAsync(silo, $"client-{target.Project.ClientId}", "demo"))
        {
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(silo, "api/returns"))
        {
            Content = JsonContent.Create(new { project = target.Project.Id, seat = target.Seat.Id, reason = "fault drill: the service-level clock runs through the faults" }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var (outcome, _, body) = await client.SendForBodyAsync(request);
        if (outcome != Outcome.Acknowledged)
        {
            return false;
        }

        Id = (string?)JsonNode.Parse(body)?["id"];
        Project = target.Project.Id;
        return Id is not null;
    }

    /// <summary>Waits until the return is escalated (or the timeout), then reads the escalations.</summary>
    public async Task<(bool Escalated, int Escalations)> WaitEscalatedAsync(StaffingClient manager, Uri silo, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var result = await CheckAsync(manager, silo);
            if (result.Escalated || DateTime.UtcNow >= until)
            {
                // A second tick must not escalate again: read once more after a pause.
                await Task.Delay(TimeSpan.FromSeconds(3));
                return await CheckAsync(manager, silo);
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    /// <summary>Whether the return was escalated, and how many escalation entries its project's audit trail holds for it.</summary>
    public async Task<(bool Escalated, int Escalations)> CheckAsync(StaffingClient manager, Uri silo)
    {
        var opened = await manager.GetJsonAsync(new Uri(silo, $"api/returns/{Uri.EscapeDataString(Id!)}"));
        var trail = await manager.GetJsonAsync(new Uri(silo, $"api/audit?project={Uri.EscapeDataString(Project!)}&pageSize=200"));
        var escalations = (trail?["items"] as JsonArray ?? [])
            .Count(e => (string?)e!["action"] == "escalation" && (string?)e["subject"] == Id);
        return ((bool?)opened?["escalated"] ?? false, escalations);
    }
}
