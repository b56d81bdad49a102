using Microsoft.Extensions.Logging.Abstractions;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests.Workflows;

[Collection(SharedCluster.Name)]
public sealed class AuditLogTests(ClusterFixture cluster)
{
    private AuditLog Log => new(cluster.Grains, cluster.Clock, NullLogger<AuditLog>.Instance);

    [Fact]
    public async Task An_entry_is_filed_under_its_client_its_project_and_each_consultant()
    {
        var (client, project, a, b) = (ClusterFixture.Key("c"), ClusterFixture.Key("p"), ClusterFixture.Key("s"), ClusterFixture.Key("s"));
        var entry = new AuditEntry { Id = AuditLog.NewId(), Actor = "manager", Action = AuditAction.Approval, Client = client, Project = project, Staff = [a, b], What = "approved 2 seats" };

        var recorded = await Log.RecordAsync(entry);

        foreach (var (kind, id) in new[] { (AuditTrailKind.Client, client), (AuditTrailKind.Project, project), (AuditTrailKind.Staff, a), (AuditTrailKind.Staff, b) })
        {
            var page = await Log.ReadAsync(kind, id, 0, 10);
            Assert.Equal(1, page.Total);
            var filed = Assert.Single(page.Entries);
            Assert.Equal(recorded.Id, filed.Id);
            Assert.Equal(new[] { a, b }, filed.Staff.ToArray());
        }

        Assert.Equal(cluster.Clock.GetUtcNow(), recorded.At);
    }

    [Fact]
    public async Task Recording_the_same_entry_twice_keeps_it_once()
    {
        var client = ClusterFixture.Key("c");
        var entry = new AuditEntry { Id = AuditLog.NewId(), Actor = "client-x", Action = AuditAction.Return, Client = client, What = "returned s1", Reason = "no fit" };

        await Log.RecordAsync(entry);
        await Log.RecordAsync(entry);

        Assert.Equal(1, (await Log.ReadAsync(AuditTrailKind.Client, client, 0, 10)).Total);
    }

    [Fact]
    public async Task Pages_read_newest_first()
    {
        var client = ClusterFixture.Key("c");
        for (var i = 0; i < 5; i++)
        {
            await Log.RecordTierChangeAsync(client, "manager", Tier.Gold, Tier.Diamond, $"review {i}");
        }

        var page = await Log.ReadAsync(AuditTrailKind.Client, client, 1, 2);

        Assert.Equal(5, page.Total);
        Assert.Equal(["review 3", "review 2"], page.Entries.Select(e => e.Reason));
        Assert.All(page.Entries, e => Assert.Equal(AuditAction.TierChange, e.Action));
    }
}
