using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Staffing.Persistence.Hosting;

/// <summary>Picks the serializer a storage provider uses, the way Orleans' own providers do.</summary>
internal static class GrainStorageSerializer
{
    /// <summary>A serializer registered under the storage name wins; otherwise the silo's default.</summary>
    public static IGrainStorageSerializer For(IServiceProvider services, string storageName) =>
        services.GetKeyedService<IGrainStorageSerializer>(storageName)
        ?? services.GetRequiredService<IGrainStorageSerializer>();
}
