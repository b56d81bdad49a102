using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Staffing.Persistence.Hosting;

namespace Staffing.Host.Hosting;

/// <summary>
/// One application name for every silo, and on PostgreSQL the key ring kept in the cluster (<see cref="IKeyRingGrain"/>),
/// so a cookie issued by one silo is accepted by the others, whatever folder or machine each runs from.
/// </summary>
public static class DataProtectionSetup
{
    public const string ApplicationName = "Staffing";

    public static IServiceCollection AddStaffingDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        if (StorageSettings.Read(configuration).Provider == StorageProvider.Postgres)
        {
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
                new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new ClusterKeyRepository(provider.GetRequiredService<IGrainFactory>())));
        }

        return services;
    }

    /// <summary>The key ring grain as a data-protection repository (the interface is synchronous; it is read rarely).</summary>
    private sealed class ClusterKeyRepository(IGrainFactory grains) : IXmlRepository
    {
        private IKeyRingGrain Ring => grains.GetGrain<IKeyRingGrain>(0);

        public IReadOnlyCollection<XElement> GetAllElements() =>
            Ring.GetAllAsync().GetAwaiter().GetResult().Select(x => XElement.Parse(x)).ToList();

        public void StoreElement(XElement element, string friendlyName) =>
            Ring.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
    }
}
