namespace Staffing.Grains.Abstractions;

/// <summary>The kinds of work the product tracks in its lists and queue.</summary>
[GenerateSerializer]
public enum WorkKind
{
    Proposal = 0,
    Return = 1,
    Pick = 2,
}

/// <summary>
/// A summary of one proposal, return or pick for lists and the resource manager's queue: status, due time and
/// escalation.
/// </summary>
[GenerateSerializer, Immutable, Alias("staffing.work-item")]
public sealed record WorkItem
{
    [Id(0)] public WorkKind Kind { get; init; }
    [Id(1)] public required string Id { get; init; }
    [Id(2)] public required string Status { get; init; }
    [Id(3)] public bool Open { get; init; }
    [Id(4)] public string? Client { get; init; }
    [Id(5)] public string? Project { get; init; }
    [Id(6)] public string? Seat { get; init; }
    [Id(7)] public string? Staff { get; init; }
    [Id(8)] public DateTimeOffset CreatedAt { get; init; }
    [Id(9)] public DateTimeOffset? DueAt { get; init; }
    [Id(10)] public bool Escalated { get; init; }

    /// <summary>The client's dedicated partner an escalation went to.</summary>
    [Id(11)] public string? Partner { get; init; }
    [Id(12)] public string? Summary { get; init; }
    [Id(13)] public string? RequestedBy { get; init; }
}

/// <summary>The list of one kind of work item (key: the kind's name), newest first.</summary>
public interface IWorkListGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces the item with the same id.</summary>
    Task PutAsync(WorkItem item);

    /// <summary>Every item, newest first.</summary>
    Task<IReadOnlyList<WorkItem>> ListAsync();
}

/// <summary>Keys of the work lists.</summary>
public static class WorkListKeys
{
    public static string For(WorkKind kind) => kind.ToString().ToLowerInvariant() + "s";
}
