using System.Collections.Concurrent;
using Staffing.Grains.Abstractions;
using Staffing.Solver;

namespace Staffing.Grains.Tests.Workflows;

public sealed class SolveProgressPumpTests
{
    [Fact]
    public async Task Elapsed_time_advances_while_the_solver_reports_nothing()
    {
        var sent = new ConcurrentQueue<SolveProgressInfo>();
        var pump = new SolveProgressPump(p => { sent.Enqueue(p); return Task.CompletedTask; }, TimeSpan.FromMilliseconds(20));
        using var stop = new CancellationTokenSource();
        var running = pump.RunAsync(stop.Token);

        pump.Report(new SolveProgress(TimeSpan.FromMilliseconds(1), 500, null));
        await Polling.UntilAsync(() => sent.Any(p => p.ElapsedSeconds >= 0.3));
        await stop.CancelAsync();
        await running;

        var last = sent.Last();
        Assert.Equal(500, last.Objective);
        Assert.Null(last.Bound);
        Assert.All(sent.Zip(sent.Skip(1)), pair => Assert.True(pair.Second.ElapsedSeconds > pair.First.ElapsedSeconds));
    }

    [Fact]
    public void The_solver_s_elapsed_time_wins_when_it_is_ahead_of_the_pump_s_clock()
    {
        var pump = new SolveProgressPump(_ => Task.CompletedTask, TimeSpan.FromSeconds(1));
        pump.Report(new SolveProgress(TimeSpan.FromHours(1), 7, 3));

        var now = pump.Current();

        Assert.Equal(3600, now.ElapsedSeconds);
        Assert.Equal(7, now.Objective);
        Assert.Equal(3, now.Bound);
    }

    [Fact]
    public async Task Nothing_is_sent_after_the_pump_is_stopped()
    {
        var sent = 0;
        var pump = new SolveProgressPump(_ => { Interlocked.Increment(ref sent); return Task.CompletedTask; }, TimeSpan.FromMilliseconds(10));
        using var stop = new CancellationTokenSource();
        var running = pump.RunAsync(stop.Token);
        await Polling.UntilAsync(() => Volatile.Read(ref sent) > 0);
        await stop.CancelAsync();
        await running;
        var atStop = Volatile.Read(ref sent);

        await Task.Delay(100);

        Assert.Equal(atStop, Volatile.Read(ref sent));
    }
}
