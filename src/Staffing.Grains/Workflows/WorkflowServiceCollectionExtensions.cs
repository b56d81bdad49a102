using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Staffing.Solver;

namespace Staffing.Grains;

/// <summary>Registers the daily staffing workflows: audit log, proposals, returns, picks and dedicated partners.</summary>
public static class WorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddStaffingWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TeamSolver>();
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section);
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<ProposalRunner>();
        services.TryAddSingleton<ProposalWorkflow>();
        services.TryAddSingleton<ReturnWorkflow>();
        services.TryAddSingleton<PickWorkflow>();
        services.TryAddSingleton<DedicatedPartners>();
        return services;
    }
}
