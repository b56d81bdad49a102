using Staffing.Grains.Abstractions;

namespace Staffing.Grains.Tests.Workflows;

[Collection(WorkflowCluster.Name)]
public sealed class IdempotencyGrainTests(WorkflowClusterFixture cluster)
{
    [Fact]
    public async Task The_first_answer_is_replayed_and_a_different_request_under_the_key_is_refused()
    {
        var grain = cluster.Grains.GetGrain<IIdempotencyGrain>(ClusterFixture.Key("user") + "/key-1");
        var answer = new IdempotentResponse { Status = 201, ContentType = "application/json", Body = [1, 2, 3] };

        var first = await grain.ClaimAsync("request-a");
        var whileRunning = await grain.ClaimAsync("request-a");
        await grain.CompleteAsync("request-a", answer);
        var retry = await grain.ClaimAsync("request-a");
        var other = await grain.ClaimAsync("request-b");

        Assert.Equal(IdempotencyClaim.Proceed, first.Claim);
        Assert.Equal(IdempotencyClaim.InFlight, whileRunning.Claim);
        Assert.Equal(IdempotencyClaim.Replay, retry.Claim);
        Assert.Equal(201, retry.Response!.Status);
        Assert.Equal(new byte[] { 1, 2, 3 }, retry.Response.Body);
        Assert.Equal(IdempotencyClaim.Mismatch, other.Claim);
    }

    [Fact]
    public async Task An_abandoned_claim_lets_the_retry_run()
    {
        var grain = cluster.Grains.GetGrain<IIdempotencyGrain>(ClusterFixture.Key("user") + "/key-2");

        await grain.ClaimAsync("request-a");
        await grain.AbandonAsync("request-a");
        var retry = await grain.ClaimAsync("request-a");

        Assert.Equal(IdempotencyClaim.Proceed, retry.Claim);
    }
}
