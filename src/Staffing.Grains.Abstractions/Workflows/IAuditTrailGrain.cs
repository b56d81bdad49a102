namespace Staffing.Grains.Abstractions;

/// <summary>The decisions concerning one client, project or consultant, keyed by <see cref="AuditTrailKeys.For"/>.</summary>
public interface IAuditTrailGrain : IGrainWithStringKey
{
    /// <summary>Files an entry; an entry with an id already filed is a no-op.</summary>
    Task AppendAsync(AuditEntry entry);

    /// <summary>Entries newest first, <paramref name="skip"/> then at most <paramref name="take"/>.</summary>
    Task<AuditPage> ReadAsync(int skip, int take);
}

/// <summary>Keys of the audit trail grains.</summary>
public static class AuditTrailKeys
{
    public static string For(AuditTrailKind kind, string id) => kind switch
    {
        AuditTrailKind.Client => $"client/{id}",
        AuditTrailKind.Project => $"project/{id}",
        _ => $"staff/{id}",
    };
}
