using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Staffing.Grains;

/// <summary>Registers the key-account services: tier-change effects, the views' reader, CSV import and export.</summary>
public static class KeyAccountsServiceCollectionExtensions
{
    public static IServiceCollection AddKeyAccountServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddStaffingWorkflows();
        services.TryAddSingleton<ITierChangeEffects, WorkflowTierChangeEffects>();
        services.AddSingleton<KeyAccountsReader>();
        services.AddSingleton<CsvImporter>();
        return services;
    }
}
