namespace Staffing.Grains.Abstractions;

/// <summary>The first answer to a request sent with an idempotency key, replayed to every retry.</summary>
[GenerateSerializer, Immutable, Alias("staffing.idempotent-response")]
public sealed record IdempotentResponse
{
    [Id(0)] public int Status { get; init; }
    [Id(1)] public string? ContentType { get; init; }
    [Id(2)] public byte[] Body { get; init; } = [];
    [Id(3)] public Dictionary<string, string> Headers { get; init; } = [];
}

/// <summary>What claiming a key answered: go ahead, replay the stored answer, wait (in flight) or refuse (other request).</summary>
[GenerateSerializer]
public enum IdempotencyClaim
{
    Proceed = 0,
    Replay = 1,
    InFlight = 2,
    Mismatch = 3,
}

[GenerateSerializer, Immutable, Alias("staffing.idempotency-answer")]
public sealed record IdempotencyAnswer
{
    [Id(0)] public IdempotencyClaim Claim { get; init; }
    [Id(1)] public IdempotentResponse? Response { get; init; }
}

/// <summary>One idempotency key of one user (key: user + "/" + key): the request it was first used for and its answer.</summary>
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>Claims the key for a request with the given fingerprint.</summary>
    Task<IdempotencyAnswer> ClaimAsync(string fingerprint);

    /// <summary>Stores the answer of the request that claimed the key.</summary>
    Task CompleteAsync(string fingerprint, IdempotentResponse response);

    /// <summary>Releases a claim whose request failed without an answer, so a retry can run.</summary>
    Task AbandonAsync(string fingerprint);
}
