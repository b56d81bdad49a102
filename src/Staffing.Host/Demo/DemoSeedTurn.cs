namespace Staffing.Host.Demo;

/// <summary>A cluster-wide turn for one seeding step (key: the step's name), so silos starting together take it one at a time.</summary>
public interface IDemoSeedTurnGrain : IGrainWithStringKey
{
    /// <summary>Takes the turn for <paramref name="owner"/> unless another owner holds an unexpired one.</summary>
    Task<bool> TryTakeAsync(string owner, TimeSpan lease);

    /// <summary>Gives the turn back; a no-op for anyone but its holder.</summary>
    Task ReleaseAsync(string owner);
}

internal sealed class DemoSeedTurnGrain(TimeProvider clock) : Grain, IDemoSeedTurnGrain
{
    private string? _owner;
    private DateTimeOffset _until;

    public Task<bool> TryTakeAsync(string owner, TimeSpan lease)
    {
        var now = clock.GetUtcNow();
        if (_owner is not null && _owner != owner && now < _until)
        {
            return Task.FromResult(false);
        }

        (_owner, _until) = (owner, now + lease);
        return Task.FromResult(true);
    }

    public Task ReleaseAsync(string owner)
    {
        if (_owner == owner)
        {
            _owner = null;
        }

        return Task.CompletedTask;
    }
}

/// <summary>Runs a seeding step in its cluster-wide turn: the step itself checks whether it still has work to do.</summary>
internal static class DemoSeedTurn
{
    public static async Task RunAsync(IGrainFactory grains, string step, Func<CancellationToken, Task> seed, CancellationToken cancellationToken)
    {
        var turn = grains.GetGrain<IDemoSeedTurnGrain>(step);
        var owner = Guid.NewGuid().ToString("N");
        while (!await turn.TryTakeAsync(owner, TimeSpan.FromMinutes(10)).ConfigureAwait(false))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await seed(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await turn.ReleaseAsync(owner).ConfigureAwait(false);
        }
    }
}
