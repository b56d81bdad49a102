using System.Globalization;
using Staffing.Solver;

namespace Staffing.Cli;

/// <summary>Prints one line per search improvement to stderr, synchronously so lines never trail the result.</summary>
internal sealed class SolveProgressPrinter(TextWriter writer) : IProgress<SolveProgress>
{
    private readonly Lock _lock = new();
    private long? _lastObjective;
    private long? _lastBound;

    public void Report(SolveProgress value)
    {
        lock (_lock)
        {
            if (value.Objective == _lastObjective && value.Bound == _lastBound)
            {
                return;
            }

            (_lastObjective, _lastBound) = (value.Objective, value.Bound);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {value.Elapsed.TotalSeconds,7:0.00} s  objective {Format(value.Objective),18}  bound {Format(value.Bound),18}"));
        }
    }

    private static string Format(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
}
