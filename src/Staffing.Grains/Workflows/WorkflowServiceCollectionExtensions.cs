using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Staffing.Grains;

/// <summary>Registers the daily staffing workflows: audit log, proposals, returns, picks and dedicated partners.</summary>
public static class WorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddStaffingWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditLog>();
        return services;
    }
}
