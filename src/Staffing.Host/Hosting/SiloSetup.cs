using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Demo;
using Staffing.Host.Observability;
using Staffing.Persistence;

namespace Staffing.Host.Hosting;

/// <summary>The Orleans silo inside the web host: storage, clustering and reminders come from configuration.</summary>
public static class SiloSetup
{
    /// <summary>Set to true when the silo runs in a Kubernetes pod (deploy/kubernetes sets it).</summary>
    public const string KubernetesHostingKey = "Orleans:KubernetesHosting";

    public static WebApplicationBuilder AddStaffingSilo(this WebApplicationBuilder builder)
    {
        builder.UseOrleans(silo =>
        {
            silo.UseStaffingStorage(builder.Configuration, StorageNames.Default);

            // In Kubernetes the pod's name, IP and namespace (from the downward API) name and place the silo,
            // and silos whose pods are gone are declared dead at once.
            if (builder.Configuration.GetValue(KubernetesHostingKey, false))
            {
                silo.UseKubernetesHosting();
            }

            // Grain calls carry the caller's trace, so a request's trace shows the grains it reached.
            silo.AddActivityPropagation();
            silo.AddStaffingDashboard(builder.Configuration);
        });
        builder.Services.AddStaffingGrainServices();
        builder.Services.AddStaffingDataProtection(builder.Configuration);
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));

        // After the silo's own hosted service, so grains can be called when it starts.
        builder.Services.AddHostedService<DemoFirmSeeder>();
        return builder;
    }
}
