using System.Diagnostics;

namespace Staffing.ClusterDrill;

/// <summary>
/// One host process (silo + HTTP) on loopback, started from the built host DLL; its output goes to a log file.
/// <paramref name="serverGc"/> picks the garbage collector; null keeps the host's own setting (server GC).
/// </summary>
internal sealed class SiloProcess(int index, string hostDll, string workDir, IReadOnlyList<string> settings, bool? serverGc = false) : IDisposable
{
    private Process? _process;
    private StreamWriter? _log;

    public int Index { get; } = index;

    public int HttpPort { get; } = FreePorts.Next();

    public int SiloPort { get; } = FreePorts.Next();

    public int GatewayPort { get; } = FreePorts.Next();

    public Uri BaseUri => new($"http://127.0.0.1:{HttpPort}/");

    public bool Running => _process is { HasExited: false };

    /// <summary>CPU time the process has used so far (user and system), zero when it is not running.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            if (_process is not { HasExited: false } process)
            {
                return TimeSpan.Zero;
            }

            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public string LogPath => Path.Combine(workDir, $"silo{Index}.log");

    public void Start()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(hostDll);

        // The host's own folder is its content root, so it reads its appsettings.json wherever it runs from.
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(Path.GetDirectoryName(hostDll)!);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{HttpPort}");
        foreach (var setting in settings.Concat(
        [
            $"--Orleans:SiloPort={SiloPort}",
            $"--Orleans:GatewayPort={GatewayPort}",
            "--Orleans:AdvertisedIP=127.0.0.1",
            "--Logging:File:Path=",
        ]))
        {
            info.ArgumentList.Add(setting);
        }

        if (serverGc is { } server)
        {
            info.Environment["DOTNET_gcServer"] = server ? "1" : "0";
        }

        _log ??= new StreamWriter(LogPath, append: true) { AutoFlush = true };
        _log.WriteLine($"==== start {DateTimeOffset.UtcNow:O}");
        _process = Process.Start(info) ?? throw new InvalidOperationException("the host process did not start");
        var log = _log;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster, exactly like a crash.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit(10_000);
        }
    }

    /// <summary>Waits for <c>/health/ready</c> to answer 200.</summary>
    public async Task<bool> WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (!Running)
            {
                return false;
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        return false;
    }

    /// <summary>Stops gracefully (SIGTERM), then kills if it does not exit in time.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false } process)
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                term.WaitForExit(5_000);
            }

            if (!process.WaitForExit(20_000))
            {
                process.Kill();
                process.WaitForExit(10_000);
            }
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        _log?.Dispose();
    }
}
