using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using Staffing.Persistence;
using Staffing.Persistence.Hosting;
using Staffing.Persistence.Tests.Support;
using Staffing.Persistence.Tests.TestGrains;

namespace Staffing.Persistence.Tests.Hosting;

/// <summary>A silo configured only through <c>UseStaffingStorage</c>, as the product host does it.</summary>
public sealed class StaffingSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private StaffingSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts a silo on fresh ports with the given storage settings.</summary>
    public static async Task<StaffingSilo> StartAsync(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(
            settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
                .Append(new("Orleans:SiloPort", FreePort.Next().ToString(CultureInfo.InvariantCulture)))
                .Append(new("Orleans:GatewayPort", FreePort.Next().ToString(CultureInfo.InvariantCulture))));
        builder.UseOrleans(silo => silo.UseStaffingStorage(builder.Configuration, CounterGrain.StorageName));
        var host = builder.Build();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await host.StartAsync(timeout.Token);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new StaffingSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _host.StopAsync(timeout.Token);
        await ((IAsyncDisposable)_host).DisposeAsync();
    }
}
