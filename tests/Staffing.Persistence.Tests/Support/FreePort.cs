using System.Net;
using System.Net.Sockets;

namespace Staffing.Persistence.Tests.Support;

public static class FreePort
{
    /// <summary>A port the operating system just handed out, so parallel silos do not collide.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
