using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Staffing.Domain;

namespace Staffing.Grains;

/// <summary>Registers the services that work across grains: import, export and booking.</summary>
public static class StaffingGrainsServiceCollectionExtensions
{
    public static IServiceCollection AddStaffingGrainServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TierPolicy.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FirmScenarioExporter>();
        services.AddSingleton<FirmImporter>();
        services.AddSingleton<BookingCoordinator>();
        services.AddStaffingWorkflows();
        return services;
    }
}
