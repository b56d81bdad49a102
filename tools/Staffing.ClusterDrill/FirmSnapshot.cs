using System.Text.Json.Nodes;

namespace Staffing.ClusterDrill;

internal sealed record SeatView(string Id, string Project, int Load, int Start, int End, string? Fixed);

internal sealed record ProjectView(string Id, string ClientId, string Status, IReadOnlyList<SeatView> Seats, IReadOnlyDictionary<string, string> Holders);

internal sealed record BookingView(string Seat, string Project, int Load, int Start, int End);

internal sealed record StaffView(
    string Id, string Grade, int Capacity, IReadOnlyList<(int Start, int End)> Leave,
    IReadOnlyList<(int Start, int End, int Load)> Commitments, IReadOnlyList<BookingView> Bookings, int DutyLoad)
{
    public bool OnLeave(int week) => Leave.Any(l => week >= l.Start && week < l.End);

    /// <summary>Commitments, bookings and partner duty (not in leave weeks), as the product's calendar counts them.</summary>
    public int LoadIn(int week) =>
        Commitments.Where(c => week >= c.Start && week < c.End).Sum(c => c.Load)
        + Bookings.Where(b => week >= b.Start && week < b.End).Sum(b => b.Load)
        + (OnLeave(week) ? 0 : DutyLoad);

    /// <summary>Weeks where a booking sits in more load than the person has (none on leave).</summary>
    public IEnumerable<int> OverloadedWeeks() =>
        Bookings.SelectMany(b => Enumerable.Range(b.Start, Math.Max(0, b.End - b.Start))).Distinct()
            .Where(w => LoadIn(w) > (OnLeave(w) ? 0 : Capacity));
}

/// <summary>The whole firm read over HTTP: every project with its holders and every person with their bookings.</summary>
internal sealed record FirmSnapshot(IReadOnlyDictionary<string, ProjectView> Projects, IReadOnlyDictionary<string, StaffView> Staff)
{
    public static async Task<FirmSnapshot?> ReadAsync(StaffingClient client, Uri silo, CancellationToken cancellationToken = default)
    {
        var projectIds = await ListIdsAsync(client, new Uri(silo, "api/projects"), cancellationToken);
        var staffIds = await ListIdsAsync(client, new Uri(silo, "api/staff"), cancellationToken);
        if (projectIds is null || staffIds is null)
        {
            return null;
        }

        var projects = new Dictionary<string, ProjectView>();
        foreach (var chunk in projectIds.Chunk(16))
        {
            var nodes = await Task.WhenAll(chunk.Select(id => client.GetJsonAsync(new Uri(silo, $"api/projects/{id}"), cancellationToken)));
            foreach (var node in nodes)
            {
                if (node is null)
                {
                    return null;
                }

                var project = ReadProject(node);
                projects[project.Id] = project;
            }
        }

        var staff = new Dictionary<string, StaffView>();
        foreach (var chunk in staffIds.Chunk(16))
        {
            var nodes = await Task.WhenAll(chunk.Select(id => client.GetJsonAsync(new Uri(silo, $"api/staff/{id}"), cancellationToken)));
            foreach (var node in nodes)
            {
                if (node is null)
                {
                    return null;
                }

                var person = ReadStaff(node);
                staff[person.Id] = person;
            }
        }

        return new FirmSnapshot(projects, staff);
    }

    private static async Task<List<string>?> ListIdsAsync(StaffingClient client, Uri list, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var node = await client.GetJsonAsync(new Uri($"{list}?page={page}&pageSize=200"), cancellationToken);
            if (node is null)
            {
                return null;
            }

            var items = node["items"]!.AsArray();
            ids.AddRange(items.Select(i => (string)i!["id"]!));
            if (ids.Count >= (int)node["total"]! || items.Count == 0)
            {
                return ids;
            }
        }
    }

    private static ProjectView ReadProject(JsonNode node)
    {
        var id = (string)node["id"]!;
        var seats = node["seats"]!.AsArray().Select(s => new SeatView(
            (string)s!["id"]!, id, (int)s["load"]!, (int)s["start"]!, (int)s["end"]!,
            (string?)s["pick"] ?? (string?)s["pinned"])).ToList();
        var holders = (node["holders"] as JsonObject ?? [])
            .ToDictionary(kv => kv.Key, kv => (string)kv.Value!);
        return new ProjectView(id, (string)node["clientId"]!, (string?)node["status"] ?? "", seats, holders);
    }

    private static StaffView ReadStaff(JsonNode node) => new(
        (string)node["id"]!,
        (string?)node["grade"] ?? "",
        (int?)node["capacity"] ?? 100,
        (node["leave"] as JsonArray ?? []).Select(l => ((int)l!["start"]!, (int)l["end"]!)).ToList(),
        (node["commitments"] as JsonArray ?? []).Select(c => ((int)c!["start"]!, (int)c["end"]!, (int)c["load"]!)).ToList(),
        (node["bookings"] as JsonArray ?? []).Select(b => new BookingView(
            (string)b!["seat"]!, (string)b["project"]!, (int)b["load"]!, (int)b["start"]!, (int)b["end"]!)).ToList(),
        (int?)node["duty"]?["load"] ?? 0);
}
