using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Portal.Tests;

/// <summary>Facts about the seeded demo firm the journeys need: which clients and projects to use.</summary>
public sealed record DemoFirm(IReadOnlyList<ClientInfo> Clients, IReadOnlyList<ProjectInfo> Projects)
{
    public static async Task<DemoFirm> ReadAsync(IGrainFactory grains)
    {
        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var clients = await Task.WhenAll(directory.Clients.Select(id => grains.GetGrain<IClientGrain>(id).GetAsync()));
        var projects = await Task.WhenAll(directory.Projects.Select(id => grains.GetGrain<IProjectGrain>(id).GetAsync()));
        return new DemoFirm(
            clients.OfType<ClientInfo>().OrderBy(c => c.Id, StringComparer.Ordinal).ToList(),
            projects.OfType<ProjectInfo>().OrderBy(p => p.Id, StringComparer.Ordinal).ToList());
    }

    public IEnumerable<ProjectInfo> ProjectsOf(string client) => Projects.Where(p => p.ClientId == client);

    /// <summary>A diamond client with a project that has at least one held seat.</summary>
    public ClientInfo Diamond => Clients.First(c => c.Tier == Tier.Diamond && ProjectsOf(c.Id).Any(p => p.Holders.Count > 0));

    /// <summary>Any client other than <paramref name="client"/> that has a project.</summary>
    public ClientInfo Other(string client) => Clients.First(c => c.Id != client && ProjectsOf(c.Id).Any());

    /// <summary>A live project with at least one held seat, to release and book again.</summary>
    public ProjectInfo StaffedProject => Projects.First(p => p.Status != Domain.ProjectStatus.Closed && p.Holders.Count > 0);
}
