using Staffing.Persistence.Tests.TestGrains;

namespace Staffing.Persistence.Tests.Hosting;

/// <summary>Grain state and reminders written by one silo are there for the next one on the same store.</summary>
public abstract class SiloRestartContract
{
    /// <summary>The storage settings of both silos; skips the test when the provider's server is absent.</summary>
    protected abstract (string Key, string Value)[] Settings();

    [SkippableFact]
    public async Task State_and_reminders_survive_a_silo_restart()
    {
        var settings = Settings();
        var counter = "desk-" + Guid.NewGuid().ToString("N");

        await using (var first = await StaffingSilo.StartAsync(settings))
        {
            var grain = first.Grains.GetGrain<ICounterGrain>(counter);
            await grain.Increment();
            Assert.Equal(2, await grain.Increment());
            await grain.ScheduleDeadline("sla");
        }

        await using var second = await StaffingSilo.StartAsync(settings);
        var again = second.Grains.GetGrain<ICounterGrain>(counter);

        Assert.Equal(2, await again.Get());
        Assert.True(await again.HasDeadline("sla"));
        Assert.False(await again.HasDeadline("other"));
        Assert.Equal(3, await again.Increment());
    }
}
