using System.Text.Json.Serialization;

namespace Staffing.Scenarios;

/// <summary>A project of one client, with the seats to staff.</summary>
public sealed record Project
{
    public required string Id { get; init; }
    public required string Client { get; init; }
    public string? Name { get; init; }
    public required string Region { get; init; }
    public bool Remote { get; init; }
    public IReadOnlyList<Seat> Seats { get; init; } = [];
}

/// <summary>A role to staff on a project for a span of weeks.</summary>
public sealed record Seat
{
    public required string Id { get; init; }
    public string? Role { get; init; }
    public Grade? MinGrade { get; init; }
    public string? Department { get; init; }
    public IReadOnlyDictionary<string, int>? Skills { get; init; }
    public int Load { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public string? Pick { get; init; }
    public string? Pinned { get; init; }

    [JsonIgnore]
    public Grade EffectiveMinGrade => MinGrade ?? Grade.Analyst;

    /// <summary>Effort in percent-weeks: <c>load * (end - start)</c>.</summary>
    [JsonIgnore]
    public long Effort => (long)Load * (End - Start);

    /// <summary>The person the seat must go to (pick or pin), if any.</summary>
    [JsonIgnore]
    public string? Fixed => Pick ?? Pinned;
}
