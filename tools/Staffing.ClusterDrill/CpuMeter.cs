using System.Diagnostics;
using System.Globalization;

namespace Staffing.ClusterDrill;

/// <summary>
/// CPU time the silos and the generator spent on a phase, per request. On a shared machine requests per second
/// depend on what else runs; CPU per request does much less, and bounds what two free cores would serve.
/// </summary>
internal sealed class CpuMeter
{
    private readonly IReadOnlyList<SiloProcess> _silos;
    private readonly TimeSpan _silosAtStart;
    private readonly TimeSpan _generatorAtStart;

    private CpuMeter(IReadOnlyList<SiloProcess> silos)
    {
        _silos = silos;
        _silosAtStart = SilosCpu();
        _generatorAtStart = GeneratorCpu();
    }

    public static CpuMeter Start(IReadOnlyList<SiloProcess> silos) => new(silos);

    /// <summary>"silos N µs + generator M µs CPU per request (at most R req/s on C free cores)".</summary>
    public string PerRequest(int requests)
    {
        if (requests == 0)
        {
            return "no requests";
        }

        var silos = (SilosCpu() - _silosAtStart).TotalMicroseconds / requests;
        var generator = (GeneratorCpu() - _generatorAtStart).TotalMicroseconds / requests;
        var cores = Environment.ProcessorCount;
        return string.Create(CultureInfo.InvariantCulture,
            $"CPU per request: silos {silos:0} µs + generator {generator:0} µs (at most {cores * 1e6 / (silos + generator):0} req/s on {cores} free cores)");
    }

    private TimeSpan SilosCpu() => _silos.Aggregate(TimeSpan.Zero, (sum, silo) => sum + silo.CpuTime);

    private static TimeSpan GeneratorCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
