using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using Staffing.Solver;

namespace Staffing.Grains;

/// <summary>
/// Dedicated partners of diamond clients (H6-H8): a resource manager assigns or changes one; a client that becomes
/// diamond gets one proposed by the solver and dedicated; a demoted client's partner is released. Tier changes call
/// <see cref="ProposeForAsync"/> and <see cref="ReleaseAsync"/>. Every change is recorded in the audit log.
/// </summary>
public sealed class DedicatedPartners(
    IGrainFactory grains, BookingCoordinator bookings, FirmScenarioExporter exporter, TeamSolver solver, AuditLog audit,
    IOptions<WorkflowOptions> options, ILogger<DedicatedPartners> logger)
{
    /// <summary>The client's dedicated partner, or null.</summary>
    public async Task<string?> GetAsync(string clientId) => (await grains.GetGrain<IClientGrain>(clientId).GetAsync())?.DedicatedPartner;

    /// <summary>Dedicates <paramref name="staffId"/> to the diamond client, reserving their time; the previous partner is released.</summary>
    public async Task<PlanApplication> AssignAsync(string clientId, string staffId, string actor, string? reason = null)
    {
        var before = await GetAsync(clientId);
        var result = await bookings.DedicatePartnerAsync(clientId, staffId);
        if (result.Success && before != staffId)
        {
            await audit.RecordAsync(new AuditEntry
            {
                Id = AuditLog.NewId(),
                Actor = actor,
                Action = AuditAction.PartnerChange,
                Client = clientId,
                Staff = [.. new[] { before, staffId }.OfType<string>()],
                What = $"dedicated partner {before ?? "none"} -> {staffId}",
                Reason = reason,
            });
        }

        return result;
    }

    /// <summary>Solves for a dedicated partner of a diamond client without one and dedicates them; returns who (null when none fits).</summary>
    public Task<string?> ProposeForAsync(string clientId, string actor = AuditLog.System) => RuleChecked.RunAsync(async () =>
    {
        var firm = await exporter.SnapshotAsync();
        var client = firm.Clients.FirstOrDefault(c => c.Id == clientId) ?? throw new DomainException($"client {clientId} is not defined");
        if (client.Tier != Tier.Diamond)
        {
            throw new DomainException($"{clientId} is {client.Tier.ToString().ToLowerInvariant()}; only diamond clients have a dedicated partner");
        }

        if (client.DedicatedPartner is { } existing)
        {
            return existing;
        }

        var scenario = ScenarioExport.Build(firm, []);
        var plan = await solver.SolveAsync(scenario, new SolveOptions
        {
            TimeLimit = TimeSpan.FromSeconds(options.Value.RepairTimeLimitSeconds),
            Workers = options.Value.Workers > 0 ? options.Value.Workers : Environment.ProcessorCount,
        });
        var chosen = plan.DedicatedPartners.FirstOrDefault(d => d.Client == clientId)?.Staff;
        if (chosen is null)
        {
            logger.LogWarning("No partner fits diamond client {ClientId} ({Status})", clientId, plan.Status);
            return null;
        }

        var result = await AssignAsync(clientId, chosen, actor, "proposed by the solver for a new diamond client");
        return result.Success ? chosen : null;
    });

    /// <summary>Releases the client's dedicated partner (the client left diamond); their reserved time is freed.</summary>
    public async Task<string?> ReleaseAsync(string clientId, string actor = AuditLog.System, string? reason = null)
    {
        var client = grains.GetGrain<IClientGrain>(clientId);
        var info = await client.GetAsync() ?? throw new RuleViolationException($"client {clientId} is not defined");
        if (info.DedicatedPartner is not { } partner)
        {
            return null;
        }

        await client.RecordDedicatedPartnerAsync(null, info.PartnerLoad);
        await audit.RecordAsync(new AuditEntry
        {
            Id = AuditLog.NewId(),
            Actor = actor,
            Action = AuditAction.PartnerChange,
            Client = clientId,
            Staff = [partner],
            What = $"dedicated partner {partner} released",
            Reason = reason ?? "the client is no longer diamond",
        });
        return partner;
    }
}
