using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Staffing.Host.Health;

/// <summary>Ready when this silo is an active member of its cluster (so grain calls can be served).</summary>
internal sealed class SiloReadyHealthCheck(IClusterMembershipService membership, ILocalSiloDetails localSilo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(localSilo.SiloAddress);
        var active = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);
        var data = new Dictionary<string, object>
        {
            ["silo"] = localSilo.SiloAddress.ToString(),
            ["status"] = status.ToString(),
            ["activeSilos"] = active,
        };
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("silo active", data)
            : HealthCheckResult.Unhealthy($"silo is {status}", data: data));
    }
}
