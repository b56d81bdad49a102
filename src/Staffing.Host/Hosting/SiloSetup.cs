using Staffing.Grains;
using Staffing.Grains.Abstractions;
using Staffing.Host.Demo;
using Staffing.Persistence;

namespace Staffing.Host.Hosting;

/// <summary>The Orleans silo inside the web host: storage, clustering and reminders come from configuration.</summary>
public static class SiloSetup
{
    public static WebApplicationBuilder AddStaffingSilo(this WebApplicationBuilder builder)
    {
        builder.UseOrleans(silo => silo.UseStaffingStorage(builder.Configuration, StorageNames.Default));
        builder.Services.AddStaffingGrainServices();
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));

        // After the silo's own hosted service, so grains can be called when it starts.
        builder.Services.AddHostedService<DemoFirmSeeder>();
        return builder;
    }
}
