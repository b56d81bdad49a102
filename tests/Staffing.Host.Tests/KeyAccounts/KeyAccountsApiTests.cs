using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Staffing.Host.Tests.KeyAccounts;

public sealed class KeyAccountsApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static Uri Path(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Health_gives_the_top_ten_share_against_the_minimum_with_list_and_trend()
    {
        using var client = await demo.SignedInAsync("manager");

        using var health = await DemoHostFixture.JsonAsync(await client.GetAsync(Path("/api/analytics/health")));

        var root = health.RootElement;
        var share = root.GetProperty("top10Share").GetDecimal();
        var top = root.GetProperty("top10").EnumerateArray().ToList();
        Assert.InRange(share, 0m, 1m);
        Assert.Equal(0.5m, root.GetProperty("minimum").GetDecimal());
        Assert.Equal(share >= 0.5m, root.GetProperty("healthy").GetBoolean());
        Assert.Equal(10, top.Count);
        Assert.InRange(Math.Abs(share - top.Sum(t => t.GetProperty("share").GetDecimal())), 0m, 0.001m);
        Assert.Equal(12, root.GetProperty("trend").GetArrayLength());
        Assert.Equal(JsonValueKind.String, top[0].GetProperty("tier").ValueKind);
    }

    [Fact]
    public async Task The_demo_review_leaves_a_promotion_and_a_demotion_for_the_manager()
    {
        using var client = await demo.SignedInAsync("manager");

        using var pending = await DemoHostFixture.JsonAsync(await client.GetAsync(Path("/api/tiers/pending")));

        var changes = pending.RootElement.GetProperty("pending").EnumerateArray().ToList();
        Assert.Contains(changes, c => c.GetProperty("to").GetString() == "diamond" && c.GetProperty("direction").GetString() == "promotion");
        Assert.Contains(changes, c => c.GetProperty("from").GetString() == "diamond" && c.GetProperty("direction").GetString() == "demotion");
    }

    [Fact]
    public async Task Confirming_a_promotion_makes_the_client_diamond_and_a_demotion_waits_for_month_end()
    {
        using var client = await demo.SignedInAsync("manager");
        using var pending = await DemoHostFixture.JsonAsync(await client.PostAsync(Path("/api/tiers/review"), null));
        var changes = pending.RootElement.GetProperty("pending").EnumerateArray().ToList();
        var promoted = changes.First(c => c.GetProperty("to").GetString() == "diamond").GetProperty("clientId").GetString();
        var demoted = changes.First(c => c.GetProperty("from").GetString() == "diamond").GetProperty("clientId").GetString();
        var monthEnd = changes.First(c => c.GetProperty("clientId").GetString() == demoted).GetProperty("effectiveIfConfirmedToday").GetString();

        var first = await client.PostAsync(Path($"/api/tiers/pending/{promoted}/confirm"), null);
        var second = await client.PostAsync(Path($"/api/tiers/pending/{demoted}/confirm"), null);
        var again = await client.PostAsync(Path($"/api/tiers/pending/{promoted}/confirm"), null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (first.StatusCode, second.StatusCode, again.StatusCode));
        using var promotedClient = await DemoHostFixture.JsonAsync(await client.GetAsync(Path($"/api/clients/{promoted}")));
        using var demotedClient = await DemoHostFixture.JsonAsync(await client.GetAsync(Path($"/api/clients/{demoted}")));
        Assert.Equal("diamond", promotedClient.RootElement.GetProperty("tier").GetString());
        Assert.Equal("diamond", demotedClient.RootElement.GetProperty("tier").GetString());
        using var after = await DemoHostFixture.JsonAsync(second);
        var scheduled = Assert.Single(after.RootElement.GetProperty("scheduled").EnumerateArray(), s => s.GetProperty("clientId").GetString() == demoted);
        Assert.Equal(monthEnd, scheduled.GetProperty("effectiveOn").GetString());
        using var history = await DemoHostFixture.JsonAsync(await client.GetAsync(Path($"/api/tiers/history?client={promoted}")));
        Assert.Equal("applied", history.RootElement[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task The_stage_view_says_what_is_still_to_prove_and_the_funnel_counts_every_account()
    {
        using var client = await demo.SignedInAsync("manager");

        using var stages = await DemoHostFixture.JsonAsync(await client.GetAsync(Path("/api/accounts/stages")));
        using var one = await DemoHostFixture.JsonAsync(await client.GetAsync(Path($"/api/accounts/{demo.ClientA}/stage")));

        var accounts = stages.RootElement.GetProperty("accounts").GetArrayLength();
        Assert.Equal(accounts, stages.RootElement.GetProperty("funnel").EnumerateArray().Sum(f => f.GetProperty("accounts").GetInt32()));
        Assert.Equal(4, stages.RootElement.GetProperty("funnel").GetArrayLength());
        Assert.Equal(4, one.RootElement.GetProperty("proofs").GetArrayLength());
        Assert.Equal(
            one.RootElement.GetProperty("stillToProve").GetArrayLength() == 0 && one.RootElement.GetProperty("stage").GetString() != "preferred-supplier",
            one.RootElement.GetProperty("canMoveUp").GetBoolean());
    }

    [Fact]
    public async Task Bad_evidence_names_the_field_and_an_unproven_move_up_is_a_conflict()
    {
        using var client = await demo.SignedInAsync("manager");
        var id = await UnprovenAccountAsync(client);

        var bad = await client.PostAsJsonAsync($"/api/accounts/{id}/evidence", new { stage = "qualified-supplier", item = "pilot-results", owner = "s00001" });
        var move = await client.PostAsJsonAsync($"/api/accounts/{id}/stage", new { stage = "small-pilot", reason = "eager" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var badBody = await DemoHostFixture.JsonAsync(bad);
        Assert.True(badBody.RootElement.GetProperty("errors").TryGetProperty("item", out _));
        Assert.Equal(HttpStatusCode.Conflict, move.StatusCode);
    }

    [Fact]
    public async Task An_opportunity_shows_who_takes_part_at_each_milestone_and_its_seats_have_departments()
    {
        using var client = await demo.SignedInAsync("manager");
        var id = $"api-{Guid.NewGuid():N}"[..20];

        var opened = await client.PostAsJsonAsync("/api/opportunities", new { id, clientId = demo.ClientA, name = "Platform renewal", value = 2_500_000 });
        var reached = await client.PostAsJsonAsync($"/api/opportunities/{id}/milestone", new { milestone = "needs-analysis" });
        var skipped = await client.PostAsJsonAsync($"/api/opportunities/{id}/milestone", new { milestone = "won" });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict), (opened.StatusCode, reached.StatusCode, skipped.StatusCode));
        using var view = await DemoHostFixture.JsonAsync(reached);
        var milestones = view.RootElement.GetProperty("milestones").EnumerateArray().ToList();
        Assert.Equal(["done", "current", "upcoming", "upcoming", "upcoming"], milestones.Select(m => m.GetProperty("state").GetString()));
        Assert.Equal(["consulting", "finance"], milestones[1].GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("department").GetString()));
        using var team = await DemoHostFixture.JsonAsync(await client.GetAsync(Path($"/api/projects/pursuit-{id}")));
        Assert.Equal(4, team.RootElement.GetProperty("seats").EnumerateArray().Count(s => s.TryGetProperty("department", out _)));
    }

    [Fact]
    public async Task Opening_for_an_unknown_client_names_the_field()
    {
        using var client = await demo.SignedInAsync("manager");

        var response = await client.PostAsJsonAsync("/api/opportunities", new { clientId = "no-such-client", name = "x", value = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = await DemoHostFixture.JsonAsync(response);
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty("clientId", out _));
    }

    [Fact]
    public async Task Pnl_counts_revenue_once_while_shared_credit_adds_up_to_more()
    {
        using var client = await demo.SignedInAsync("manager");

        using var pnl = await DemoHostFixture.JsonAsync(await client.GetAsync(Path("/api/pnl/clients")));
        using var kpis = await DemoHostFixture.JsonAsync(await client.GetAsync(Path("/api/kpis/people?pageSize=5")));

        Assert.Equal("firm-pnl", pnl.RootElement.GetProperty("basis").GetString());
        Assert.Equal("shared-credit", kpis.RootElement.GetProperty("basis").GetString());
        var firmRevenue = kpis.RootElement.GetProperty("firmRevenue").GetDecimal();
        Assert.Equal(pnl.RootElement.GetProperty("totals").GetProperty("revenue").GetDecimal(), firmRevenue);
        Assert.True(firmRevenue > 0, "bill rates and bookings give the firm revenue");
        Assert.True(kpis.RootElement.GetProperty("creditTotal").GetDecimal() > firmRevenue, "shared credit counts a project once per contributor");
        var person = kpis.RootElement.GetProperty("people").GetProperty("items")[0];
        foreach (var field in new[] { "revenueCredit", "margin", "utilisation", "feedback", "salesTarget", "attainment" })
        {
            Assert.True(person.TryGetProperty(field, out _), $"KPIs should carry {field}");
        }
    }

    [Fact]
    public async Task An_import_with_a_bad_row_changes_nothing_and_names_line_and_column()
    {
        using var client = await demo.SignedInAsync("manager");
        var good = $"imp-{Guid.NewGuid():N}"[..16];
        var csv = $"id,name,tier\n{good},Good,gold\nimp-bad,Bad,platinum\n";

        var response = await client.PostAsync(Path("/api/import/clients"), new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = await DemoHostFixture.JsonAsync(response);
        var row = Assert.Single(body.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal((3, "tier"), (row.GetProperty("line").GetInt32(), row.GetProperty("column").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Path($"/api/clients/{good}"))).StatusCode);
    }

    [Fact]
    public async Task A_clean_import_applies_and_the_export_carries_it_back_out()
    {
        using var client = await demo.SignedInAsync("manager");
        var id = $"imp-{Guid.NewGuid():N}"[..16];

        var response = await client.PostAsync(Path("/api/import/clients"), new StringContent($"id,name,industry\n{id},\"Quill, Ltd\",media\n", Encoding.UTF8, "text/csv"));
        var export = await client.GetAsync(Path("/api/export/clients"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("id,name,industry,tier,strategicReason,strategicReview", lines[0]);
        Assert.Contains($"{id},\"Quill, Ltd\",media,ordinary,,", lines);
    }

    [Fact]
    public async Task An_unknown_kind_names_the_field()
    {
        using var client = await demo.SignedInAsync("manager");

        var response = await client.GetAsync(Path("/api/export/invoices"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = await DemoHostFixture.JsonAsync(response);
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task The_key_account_endpoints_are_in_the_openapi_document()
    {
        using var client = await demo.SignedInAsync("manager");

        var document = await client.GetStringAsync(Path("/openapi/v1.json"));

        foreach (var path in new[] { "/api/analytics/health", "/api/tiers/pending", "/api/tiers/pending/{client}/confirm", "/api/tiers/review", "/api/accounts/stages", "/api/opportunities/{id}", "/api/pnl/projects", "/api/kpis/people", "/api/import/{kind}", "/api/export/{kind}" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }

    /// <summary>An account whose current stage still lacks evidence, so it cannot move up.</summary>
    private static async Task<string> UnprovenAccountAsync(HttpClient client)
    {
        using var stages = await DemoHostFixture.JsonAsync(await client.GetAsync(Path("/api/accounts/stages")));
        return stages.RootElement.GetProperty("accounts").EnumerateArray()
            .First(a => !a.GetProperty("canMoveUp").GetBoolean() && a.GetProperty("stage").GetString() == "qualified-supplier")
            .GetProperty("clientId").GetString()!;
    }
}
