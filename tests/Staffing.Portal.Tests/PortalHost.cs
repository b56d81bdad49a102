using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Staffing.Portal.Tests;

/// <summary>
/// The real host on Kestrel at a free loopback port, so a real browser can reach it: in-memory storage,
/// the demo firm seeded, free silo ports, no log files.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    public PortalHost()
    {
        Port = FreePort();
        UseKestrel(Port);
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string>
        {
            ["urls"] = Address.ToString(),
            ["Storage:Provider"] = "Memory",
            ["Demo:Seed"] = "true",
            ["Orleans:SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Orleans:ClusterId"] = "portal-tests-" + Guid.NewGuid().ToString("N"),
            ["Logging:File:Path"] = "",
            // Every browser signs in from loopback; the limit itself is tested in the host's tests.
            ["Security:LoginAttemptsPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
