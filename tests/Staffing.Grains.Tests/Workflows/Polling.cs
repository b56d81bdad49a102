using Staffing.Grains.Abstractions;

namespace Staffing.Grains.Tests.Workflows;

/// <summary>Bounded waiting for a background solve (real time passes while the solver runs).</summary>
internal static class Polling
{
    public static async Task<ProposalInfo> UntilSolvedAsync(IGrainFactory grains, string proposalId, int seconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            var p = await grains.GetGrain<IProposalGrain>(proposalId).GetAsync();
            if (p is { Status: not ProposalStatus.Solving })
            {
                return p;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"proposal {proposalId} still solving after {seconds} s");
    }

    /// <summary>Waits until <paramref name="condition"/> holds, for at most <paramref name="seconds"/>.</summary>
    public static async Task UntilAsync(Func<bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"the condition did not hold within {seconds} s");
            }

            await Task.Delay(10);
        }
    }
}
