using System.Text.Json.Serialization;

namespace Staffing.Scenarios;

/// <summary>A consultant, manager or partner who can be staffed.</summary>
public sealed record StaffMember
{
    public const int FullTime = 100;

    public required string Id { get; init; }
    public string? Name { get; init; }
    public Grade Grade { get; init; }
    public required string Region { get; init; }
    public string? Department { get; init; }
    public IReadOnlyDictionary<string, int> Skills { get; init; } = new Dictionary<string, int>();
    public int? Capacity { get; init; }
    public long CostPerWeek { get; init; }
    public IReadOnlyList<WeekRange>? Unavailable { get; init; }
    public IReadOnlyList<Commitment>? Committed { get; init; }
    public IReadOnlyList<string>? Current { get; init; }

    [JsonIgnore]
    public int EffectiveCapacity => Capacity ?? FullTime;

    public bool IsAvailable(int week) => Unavailable is null || !Unavailable.Any(r => r.Contains(week));
}
