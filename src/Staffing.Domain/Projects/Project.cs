using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>A client's project: the seats to staff (as the scenario format defines them) and who holds each today.</summary>
public sealed record Project
{
    public required string Id { get; init; }
    public required string ClientId { get; init; }
    public string? Name { get; init; }
    public required string Region { get; init; }
    public bool Remote { get; init; }
    public ProjectStatus Status { get; init; } = ProjectStatus.Pipeline;
    public IReadOnlyList<Seat> Seats { get; init; } = [];

    /// <summary>Seat id -> staff id of the current holder; a vacant seat has no entry.</summary>
    public IReadOnlyDictionary<string, string> Holders { get; init; } = new Dictionary<string, string>();

    public Seat? FindSeat(string seatId) => Seats.FirstOrDefault(s => s.Id == seatId);

    public string? HolderOf(string seatId) => Holders.GetValueOrDefault(seatId);
}
