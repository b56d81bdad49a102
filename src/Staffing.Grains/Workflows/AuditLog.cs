using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// The durable record of staffing decisions (proposals, approvals, rejections, pins, returns, picks, partner and
/// tier changes). Each entry is filed under its client, its project and every consultant it names, so it can be
/// read per client, per project or per consultant. Recording is idempotent per entry id.
/// </summary>
public sealed class AuditLog(IGrainFactory grains, TimeProvider clock, ILogger<AuditLog> logger)
{
    /// <summary>The actor of decisions the product takes itself (reminders, reviews).</summary>
    public const string System = "system";

    /// <summary>Files an entry under every trail it concerns; returns it (with its time set when it had none).</summary>
    public async Task<AuditEntry> RecordAsync(AuditEntry entry)
    {
        var stamped = entry.At == default ? entry with { At = clock.GetUtcNow() } : entry;
        await Task.WhenAll(TrailsOf(stamped).Select(key => grains.GetGrain<IAuditTrailGrain>(key).AppendAsync(stamped)));
        logger.LogInformation("Audit {Action} {EntryId} by {Actor} for client {ClientId} project {ProjectId} subject {Subject}",
            stamped.Action, stamped.Id, stamped.Actor, stamped.Client, stamped.Project, stamped.Subject);
        return stamped;
    }

    /// <summary>Records a tier change of a client (who changed it, from and to, why).</summary>
    public Task<AuditEntry> RecordTierChangeAsync(string clientId, string actor, Scenarios.Tier from, Scenarios.Tier to, string reason, string? entryId = null) =>
        RecordAsync(new AuditEntry
        {
            Id = entryId ?? NewId(),
            Actor = actor,
            Action = AuditAction.TierChange,
            Client = clientId,
            What = $"tier {from.ToString().ToLowerInvariant()} -> {to.ToString().ToLowerInvariant()}",
            Reason = reason,
        });

    /// <summary>One page of a trail, newest first.</summary>
    public Task<AuditPage> ReadAsync(AuditTrailKind kind, string id, int skip, int take) =>
        grains.GetGrain<IAuditTrailGrain>(AuditTrailKeys.For(kind, id)).ReadAsync(skip, take);

    /// <summary>A fresh entry id.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");

    private static IEnumerable<string> TrailsOf(AuditEntry entry)
    {
        var keys = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (entry.Client is { Length: > 0 } client)
        {
            keys.Add(AuditTrailKeys.For(AuditTrailKind.Client, client));
        }

        if (entry.Project is { Length: > 0 } project)
        {
            keys.Add(AuditTrailKeys.For(AuditTrailKind.Project, project));
        }

        foreach (var staff in entry.Staff.Where(s => s.Length > 0))
        {
            keys.Add(AuditTrailKeys.For(AuditTrailKind.Staff, staff));
        }

        return keys;
    }
}
