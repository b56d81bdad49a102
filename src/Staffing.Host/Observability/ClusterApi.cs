using Microsoft.AspNetCore.Http.HttpResults;
using Orleans.Runtime;
using Staffing.Host.Security;

namespace Staffing.Host.Observability;

/// <summary>The cluster seen from inside, for admins: every silo, its status and how many grains it holds.</summary>
public static class ClusterApi
{
    public static IEndpointRouteBuilder MapClusterApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/admin/cluster", GetAsync).WithTags("Admin").RequireAuthorization(Policies.Admin)
            .WithSummary("Silos of the cluster with their status and activation counts, and the grain types most activated.");
        return routes;
    }

    public sealed record SiloView(string Address, string Name, string Status, string? HostName, DateTimeOffset? StartedAt, int Activations, bool ThisSilo);

    public sealed record GrainTypeView(string Type, int Activations);

    public sealed record ClusterView(string ThisSilo, int ActiveSilos, int TotalActivations, IReadOnlyList<SiloView> Silos, IReadOnlyList<GrainTypeView> GrainTypes);

    private static async Task<Ok<ClusterView>> GetAsync(IGrainFactory grains, ILocalSiloDetails local)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false);
        var active = hosts.Where(h => h.Status == SiloStatus.Active).Select(h => h.SiloAddress).ToArray();
        var statistics = active.Length == 0 ? [] : await management.GetSimpleGrainStatistics(active);
        var perSilo = statistics.GroupBy(s => s.SiloAddress).ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount));
        var silos = hosts
            .OrderBy(h => h.Status != SiloStatus.Active).ThenBy(h => h.SiloAddress.ToString(), StringComparer.Ordinal)
            .Select(h => new SiloView(
                h.SiloAddress.ToString(), h.SiloName, h.Status.ToString(), h.HostName,
                h.StartTime == default ? null : new DateTimeOffset(h.StartTime, TimeSpan.Zero),
                perSilo.GetValueOrDefault(h.SiloAddress), h.SiloAddress.Equals(local.SiloAddress)))
            .ToList();
        var types = statistics.GroupBy(s => s.GrainType)
            .Select(g => new GrainTypeView(ShortName(g.Key), g.Sum(s => s.ActivationCount)))
            .OrderByDescending(t => t.Activations).ThenBy(t => t.Type, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new ClusterView(local.SiloAddress.ToString(), active.Length, perSilo.Values.Sum(), silos, types));
    }

    private static string ShortName(string grainType)
    {
        var comma = grainType.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? grainType : grainType[..comma];
    }
}
