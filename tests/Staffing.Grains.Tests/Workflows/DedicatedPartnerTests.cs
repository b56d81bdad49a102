using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests.Workflows;

[Collection(WorkflowCluster.Name)]
public sealed class DedicatedPartnerTests(WorkflowClusterFixture cluster)
{
    private DedicatedPartners Partners => cluster.Service<DedicatedPartners>();

    [Fact]
    public async Task A_new_diamond_client_gets_a_partner_from_the_solver_and_a_demoted_one_releases_them()
    {
        var client = ClusterFixture.Key("client");
        var candidate = ClusterFixture.Key("partner");
        await cluster.Grains.GetGrain<IStaffGrain>(candidate).DefineAsync(Builders.Person(candidate, grade: Grade.Partner));
        await cluster.Grains.GetGrain<IClientGrain>(client).DefineAsync(Builders.Client(client, Tier.Diamond), "revenue over $100M");

        var proposed = await Partners.ProposeForAsync(client);
        var dedicated = await cluster.Grains.GetGrain<IStaffGrain>(proposed!).GetAsync();
        var released = await Partners.ReleaseAsync(client, "manager", "demoted to gold");

        Assert.Equal(Grade.Partner, dedicated!.Grade);
        Assert.Equal(client, dedicated.Duty?.Client);
        Assert.Equal(proposed, released);
        Assert.Null(await Partners.GetAsync(client));
        Assert.Null((await cluster.Grains.GetGrain<IStaffGrain>(proposed!).GetAsync())!.Duty);
        var trail = await cluster.Service<AuditLog>().ReadAsync(AuditTrailKind.Client, client, 0, 10);
        Assert.Equal([AuditAction.PartnerChange, AuditAction.PartnerChange], trail.Entries.Select(e => e.Action));
        Assert.Equal("demoted to gold", trail.Entries[0].Reason);
    }

    [Fact]
    public async Task A_manager_changes_the_partner_and_the_old_one_gets_their_time_back()
    {
        var firm = await TestFirm.CreateAsync(cluster, Tier.Diamond, seats: 1, staff: 1);
        var next = ClusterFixture.Key("partner");
        await cluster.Grains.GetGrain<IStaffGrain>(next).DefineAsync(Builders.Person(next, grade: Grade.Partner));

        var result = await Partners.AssignAsync(firm.Client, next, "manager");

        Assert.True(result.Success);
        Assert.Equal(next, await Partners.GetAsync(firm.Client));
        Assert.Null((await cluster.Grains.GetGrain<IStaffGrain>(firm.Partner!).GetAsync())!.Duty);
        Assert.Equal(firm.Client, (await cluster.Grains.GetGrain<IStaffGrain>(next).GetAsync())!.Duty?.Client);
    }
}
