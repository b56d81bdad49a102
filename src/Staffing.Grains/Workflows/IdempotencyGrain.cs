using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// One idempotency key of one user: the fingerprint of the request that first used it and, once answered, the
/// answer, replayed to every retry. A claim whose request never answered (the process died) lapses after
/// <see cref="ClaimLifetime"/>, so the request can be retried.
/// </summary>
public sealed class IdempotencyGrain(
    [PersistentState(StateNames.Idempotency, StorageNames.Default)] IPersistentState<IdempotencyState> state, TimeProvider clock)
    : Grain, IIdempotencyGrain
{
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(5);

    public async Task<IdempotencyAnswer> ClaimAsync(string fingerprint)
    {
        var s = state.State;
        if (s.Fingerprint is not null && s.Fingerprint != fingerprint)
        {
            return new IdempotencyAnswer { Claim = IdempotencyClaim.Mismatch };
        }

        if (s.Response is not null)
        {
            return new IdempotencyAnswer { Claim = IdempotencyClaim.Replay, Response = s.Response };
        }

        var now = clock.GetUtcNow();
        if (s.ClaimedAt is { } at && now - at < ClaimLifetime)
        {
            return new IdempotencyAnswer { Claim = IdempotencyClaim.InFlight };
        }

        state.State = new IdempotencyState { Fingerprint = fingerprint, ClaimedAt = now };
        await state.WriteStateAsync();
        return new IdempotencyAnswer { Claim = IdempotencyClaim.Proceed };
    }

    public async Task CompleteAsync(string fingerprint, IdempotentResponse response)
    {
        if (state.State.Fingerprint == fingerprint && state.State.Response is null)
        {
            state.State = state.State with { Response = response };
            await state.WriteStateAsync();
        }
    }

    public async Task AbandonAsync(string fingerprint)
    {
        if (state.State.Fingerprint == fingerprint && state.State.Response is null)
        {
            state.State = new IdempotencyState();
            await state.WriteStateAsync();
        }
    }
}

/// <summary>What an idempotency grain persists.</summary>
[GenerateSerializer, Alias("staffing.state.idempotency")]
public sealed record IdempotencyState
{
    [Id(0)] public string? Fingerprint { get; init; }
    [Id(1)] public DateTimeOffset? ClaimedAt { get; init; }
    [Id(2)] public IdempotentResponse? Response { get; init; }
}
