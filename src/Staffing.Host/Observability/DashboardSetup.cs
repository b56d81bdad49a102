using Orleans.Dashboard;
using Staffing.Host.Security;

namespace Staffing.Host.Observability;

/// <summary>
/// The Orleans Dashboard (silos, grain activations and call rates, reminders, grain state, live log) at
/// <see cref="Path"/>, for admins only: it shows any grain's state and the logs. Every silo runs its collector, so
/// any silo's dashboard shows the whole cluster. Off with <c>Observability:Dashboard=false</c>: its grain-call
/// profiler then costs nothing.
/// </summary>
public static class DashboardSetup
{
    public const string Path = "/admin/dashboard";

    public const string EnabledKey = "Observability:Dashboard";

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(EnabledKey, true);

    public static ISiloBuilder AddStaffingDashboard(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (IsEnabled(configuration))
        {
            silo.AddDashboard(options => options.CounterUpdateIntervalMs = 2000);
        }

        return silo;
    }

    public static WebApplication MapStaffingDashboard(this WebApplication app)
    {
        if (IsEnabled(app.Configuration))
        {
            app.MapOrleansDashboard(Path).RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        }

        return app;
    }
}
