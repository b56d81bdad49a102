using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Staffing.Persistence.Tests.Reminders;

/// <summary>
/// What the reminder table must do for SLA deadlines to survive restarts, run against each
/// provider. The table is resolved from a silo's services exactly as the silo would, and
/// every test has a service id of its own so hash-range reads only see its own rows.
/// </summary>
public abstract class ReminderTableContract : IAsyncDisposable
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 30, 15, 250, DateTimeKind.Utc);
    private readonly List<IHost> _hosts = [];

    public async ValueTask DisposeAsync()
    {
        // The hosts are never started: they only build the services a silo would use.
        foreach (var host in _hosts)
        {
            await ((IAsyncDisposable)host).DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Registers the provider's reminder table; skips the test when its server is absent.</summary>
    protected abstract void Configure(ISiloBuilder silo);

    [SkippableFact]
    public async Task Upserted_reminder_reads_back_with_its_schedule_and_etag()
    {
        var table = await TableAsync();
        var grain = Grain("desk-1");

        var etag = await table.UpsertRow(Entry(grain, "sla", TimeSpan.FromMinutes(15)));
        var row = await table.ReadRow(grain, "sla");

        Assert.NotNull(row);
        Assert.Equal(grain, row.GrainId);
        Assert.Equal("sla", row.ReminderName);
        Assert.Equal(Start, row.StartAt.ToUniversalTime());
        Assert.Equal(TimeSpan.FromMinutes(15), row.Period);
        Assert.Equal(etag, row.ETag);
    }

    [SkippableFact]
    public async Task Reading_a_missing_reminder_gives_null()
    {
        var table = await TableAsync();

        Assert.Null(await table.ReadRow(Grain("nobody"), "sla"));
    }

    [SkippableFact]
    public async Task Rows_of_a_grain_are_all_its_reminders_and_no_others()
    {
        var table = await TableAsync();
        var grain = Grain("desk-2");
        await table.UpsertRow(Entry(grain, "sla", TimeSpan.FromMinutes(5)));
        await table.UpsertRow(Entry(grain, "escalate", TimeSpan.FromMinutes(30)));
        await table.UpsertRow(Entry(Grain("desk-3"), "sla", TimeSpan.FromMinutes(5)));

        var rows = await table.ReadRows(grain);

        Assert.Equal(["escalate", "sla"], rows.Reminders.Select(r => r.ReminderName).Order().ToArray());
        Assert.All(rows.Reminders, r => Assert.Equal(grain, r.GrainId));
    }

    [SkippableFact]
    public async Task Upsert_replaces_the_schedule_and_the_etag()
    {
        var table = await TableAsync();
        var grain = Grain("desk-4");
        var first = await table.UpsertRow(Entry(grain, "sla", TimeSpan.FromMinutes(5)));

        var second = await table.UpsertRow(Entry(grain, "sla", TimeSpan.FromHours(2)));
        var row = await table.ReadRow(grain, "sla");

        Assert.NotEqual(first, second);
        Assert.Equal(second, row!.ETag);
        Assert.Equal(TimeSpan.FromHours(2), row.Period);
        Assert.Single((await table.ReadRows(grain)).Reminders);
    }

    [SkippableFact]
    public async Task Remove_with_a_stale_etag_keeps_the_reminder_and_the_current_etag_removes_it()
    {
        var table = await TableAsync();
        var grain = Grain("desk-5");
        var stale = await table.UpsertRow(Entry(grain, "sla", TimeSpan.FromMinutes(5)));
        var current = await table.UpsertRow(Entry(grain, "sla", TimeSpan.FromMinutes(10)));

        Assert.False(await table.RemoveRow(grain, "sla", stale!));
        Assert.NotNull(await table.ReadRow(grain, "sla"));

        Assert.True(await table.RemoveRow(grain, "sla", current!));
        Assert.Null(await table.ReadRow(grain, "sla"));
        Assert.False(await table.RemoveRow(grain, "sla", current!));
    }

    [SkippableFact]
    public async Task Hash_range_reads_return_the_reminders_in_the_slice_including_wrapping_slices()
    {
        var table = await TableAsync();
        var (low, middle, high) = ThreeGrainsByHash();
        foreach (var grain in new[] { low, middle, high })
        {
            await table.UpsertRow(Entry(grain, "sla", TimeSpan.FromMinutes(5)));
        }

        var l = low.GetUniformHashCode();
        var m = middle.GetUniformHashCode();
        var h = high.GetUniformHashCode();

        // (begin, end]: the begin hash itself is excluded, the end hash included.
        Assert.Equal([middle, high], await GrainsIn(table, l, h));
        Assert.Equal([middle], await GrainsIn(table, l, m));
        Assert.Equal([low], await GrainsIn(table, l - 1, l));

        // begin >= end wraps past the top of the ring.
        Assert.Equal([low, high], await GrainsIn(table, m, l));
        Assert.Equal([low], await GrainsIn(table, h, l));
        Assert.Equal([low, middle, high], await GrainsIn(table, h, h));
    }

    [SkippableFact]
    public async Task Clearing_the_table_removes_every_reminder_of_the_service()
    {
        var table = await TableAsync();
        var grain = Grain("desk-6");
        await table.UpsertRow(Entry(grain, "sla", TimeSpan.FromMinutes(5)));
        await table.UpsertRow(Entry(Grain("desk-7"), "sla", TimeSpan.FromMinutes(5)));

        await table.TestOnlyClearTable();

        Assert.Empty((await table.ReadRows(0, 0)).Reminders);
    }

    private async Task<IReminderTable> TableAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var serviceId = "reminders-" + Guid.NewGuid().ToString("N");
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering();
            silo.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = serviceId;
                o.ClusterId = serviceId;
            });
            Configure(silo);
        });

        var host = builder.Build();
        _hosts.Add(host);
        var table = host.Services.GetRequiredService<IReminderTable>();
        await table.StartAsync();
        return table;
    }

    private static async Task<GrainId[]> GrainsIn(IReminderTable table, uint begin, uint end) =>
        (await table.ReadRows(begin, end)).Reminders
            .Select(r => r.GrainId)
            .OrderBy(g => g.GetUniformHashCode())
            .ToArray();

    /// <summary>Three grains with distinct hashes, none at the very bottom of the ring.</summary>
    private static (GrainId Low, GrainId Middle, GrainId High) ThreeGrainsByHash()
    {
        var grains = Enumerable.Range(0, 3)
            .Select(i => Grain("ring-" + i))
            .OrderBy(g => g.GetUniformHashCode())
            .ToArray();
        Assert.True(grains[0].GetUniformHashCode() > 0);
        Assert.Equal(3, grains.Select(g => g.GetUniformHashCode()).Distinct().Count());
        return (grains[0], grains[1], grains[2]);
    }

    private static GrainId Grain(string key) => GrainId.Create("desk", key);

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = Start,
        Period = period,
    };
}
