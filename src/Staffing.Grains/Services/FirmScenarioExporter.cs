using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains;

/// <summary>Reads every client, project and person from their grains and exports them as the solver's scenario.</summary>
public sealed class FirmScenarioExporter(IGrainFactory grains)
{
    /// <summary>The whole firm as one snapshot, in id order.</summary>
    public async Task<FirmSnapshot> SnapshotAsync()
    {
        var directory = await grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var clients = Task.WhenAll(directory.Clients.Select(id => grains.GetGrain<IClientGrain>(id).GetAsync()));
        var projects = Task.WhenAll(directory.Projects.Select(id => grains.GetGrain<IProjectGrain>(id).GetAsync()));
        var staff = Task.WhenAll(directory.Staff.Select(id => grains.GetGrain<IStaffGrain>(id).GetAsync()));
        return new FirmSnapshot
        {
            Weeks = directory.Weeks,
            Weights = directory.Weights?.ToScenario(),
            Clients = [.. (await clients).OfType<ClientInfo>().Select(c => c.ToDomain())],
            Projects = [.. (await projects).OfType<ProjectInfo>().Select(p => p.ToDomain())],
            Staff = [.. (await staff).OfType<StaffInfo>().Select(s => s.ToDomain())],
        };
    }

    /// <summary>The scenario of every open project, or only of <paramref name="projectIds"/> (other bookings become committed load).</summary>
    public async Task<Scenario> ExportAsync(IReadOnlyCollection<string>? projectIds = null) =>
        ScenarioExport.Build(await SnapshotAsync(), projectIds);
}
