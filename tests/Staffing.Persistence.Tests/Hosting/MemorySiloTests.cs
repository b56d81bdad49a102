using Staffing.Persistence.Tests.TestGrains;

namespace Staffing.Persistence.Tests.Hosting;

public sealed class MemorySiloTests
{
    [Fact]
    public async Task Memory_storage_keeps_state_while_the_silo_runs_and_forgets_it_on_restart()
    {
        var settings = new[] { ("Storage:Provider", "Memory") };
        var counter = "desk-" + Guid.NewGuid().ToString("N");

        await using (var first = await StaffingSilo.StartAsync(settings))
        {
            var grain = first.Grains.GetGrain<ICounterGrain>(counter);
            await grain.Increment();
            Assert.Equal(2, await grain.Increment());
        }

        await using var second = await StaffingSilo.StartAsync(settings);
        Assert.Equal(0, await second.Grains.GetGrain<ICounterGrain>(counter).Get());
    }
}
