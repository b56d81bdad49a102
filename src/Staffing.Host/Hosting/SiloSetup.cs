using Staffing.Grains.Abstractions;
using Staffing.Persistence;

namespace Staffing.Host.Hosting;

/// <summary>The Orleans silo inside the web host: storage, clustering and reminders come from configuration.</summary>
public static class SiloSetup
{
    public static WebApplicationBuilder AddStaffingSilo(this WebApplicationBuilder builder)
    {
        builder.UseOrleans(silo =>
        {
            silo.UseStaffingStorage(builder.Configuration, StorageNames.Default);
        });
        return builder;
    }
}
