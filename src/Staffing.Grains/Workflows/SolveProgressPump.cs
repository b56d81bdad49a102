using System.Diagnostics;
using Staffing.Grains.Abstractions;
using Staffing.Solver;

namespace Staffing.Grains;

/// <summary>
/// Collects the solver's progress and passes it on at a steady interval. The solver reports only when its
/// objective or bound moves, which may not happen for seconds; the elapsed time sent is the pump's own clock, so
/// a watcher sees the solve advance between reports.
/// </summary>
public sealed class SolveProgressPump(Func<SolveProgressInfo, Task> send, TimeSpan interval) : IProgress<SolveProgress>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private SolveProgress? latest;

    public void Report(SolveProgress value) => Volatile.Write(ref latest, value);

    /// <summary>Sends the progress every <c>interval</c> until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        SolveProgressInfo? sent = null;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var now = Current();
            if (now != sent)
            {
                sent = now;
                await send(now);
            }
        }
    }

    /// <summary>The latest objective and bound, with the larger of the solver's and the pump's elapsed time.</summary>
    public SolveProgressInfo Current()
    {
        var reported = Volatile.Read(ref latest);
        var elapsed = reported is null || reported.Elapsed < clock.Elapsed ? clock.Elapsed : reported.Elapsed;
        return new SolveProgressInfo { ElapsedSeconds = elapsed.TotalSeconds, Objective = reported?.Objective, Bound = reported?.Bound };
    }
}
