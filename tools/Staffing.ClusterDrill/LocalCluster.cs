namespace Staffing.ClusterDrill;

/// <summary>Several host processes forming one Orleans cluster on PostgreSQL, all on loopback.</summary>
internal sealed class LocalCluster : IDisposable
{
    private LocalCluster(List<SiloProcess> silos) => Silos = silos;

    public IReadOnlyList<SiloProcess> Silos { get; }

    /// <summary>Starts <paramref name="count"/> silos of a fresh cluster id on <paramref name="connectionString"/>.</summary>
    public static LocalCluster Start(int count, string hostDll, string connectionString, string workDir, IEnumerable<string>? extraSettings = null, bool? serverGc = false)
    {
        Directory.CreateDirectory(workDir);
        var clusterId = "drill-" + Guid.NewGuid().ToString("N")[..8];
        List<string> settings =
        [
            "--Storage:Provider=Postgres",
            $"--ConnectionStrings:Postgres={connectionString}",
            $"--Orleans:ClusterId={clusterId}",
            .. extraSettings ?? [],
        ];
        var silos = Enumerable.Range(1, count).Select(i => new SiloProcess(i, hostDll, workDir, settings, serverGc)).ToList();
        foreach (var silo in silos)
        {
            silo.Start();
        }

        return new LocalCluster(silos);
    }

    public async Task<bool> WaitReadyAsync(TimeSpan timeout)
    {
        var ready = await Task.WhenAll(Silos.Select(s => s.WaitReadyAsync(timeout)));
        return ready.All(r => r);
    }

    public void Stop()
    {
        foreach (var silo in Silos)
        {
            silo.Stop();
        }
    }

    public void Dispose()
    {
        foreach (var silo in Silos)
        {
            silo.Dispose();
        }
    }
}
