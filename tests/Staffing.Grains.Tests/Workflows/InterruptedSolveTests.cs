using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains.Tests.Workflows;

[Collection(WorkflowCluster.Name)]
public sealed class InterruptedSolveTests(WorkflowClusterFixture cluster)
{
    [Fact]
    public async Task A_proposal_stored_as_solving_whose_solve_no_longer_runs_wakes_up_failed_and_can_be_asked_again()
    {
        // What a restart mid-solve leaves in the store: the proposal says solving, and no runner solves it.
        var id = ClusterFixture.Key("proposal");
        var request = new ProposalRequest { Scope = ProposalScope.Portfolio, RequestedBy = "manager", TimeLimitSeconds = 30 };
        var stored = new ProposalState { Proposal = new ProposalInfo { Id = id, Request = request, Status = ProposalStatus.Solving, CreatedAt = cluster.Clock.GetUtcNow() } };
        var storage = cluster.Silo.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
        await storage.WriteStateAsync(StateNames.Proposal, GrainId.Create("proposal", id), new GrainState<ProposalState>(stored));

        var woken = await cluster.Grains.GetGrain<IProposalGrain>(id).GetAsync();

        Assert.Equal(ProposalStatus.Failed, woken!.Status);
        Assert.Equal(ProposalGrain.Interrupted, woken.Error);
        var listed = (await cluster.Grains.GetGrain<IWorkListGrain>(WorkListKeys.For(WorkKind.Proposal)).ListAsync()).Single(i => i.Id == id);
        Assert.Equal("failed", listed.Status);
        Assert.False(listed.Open);
    }
}
