using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests.KeyAccounts;

[Collection(KeyAccountsCluster.Name)]
public sealed class CsvImporterTests(KeyAccountsClusterFixture fixture)
{
    [Fact]
    public async Task A_file_with_one_bad_row_changes_nothing_and_names_the_line_and_column()
    {
        var good = KeyAccountsClusterFixture.Key("csv-good");
        var csv = $"id,name,tier\n{good},Good Co,gold\n{KeyAccountsClusterFixture.Key("csv-bad")},Bad Co,platinum\n";

        var outcome = await fixture.Importer.ImportAsync(ImportKind.Clients, csv);

        Assert.False(outcome.Applied);
        Assert.Equal((0, 3, "tier"), (outcome.Rows, outcome.Errors.Single().Line, outcome.Errors.Single().Column));
        Assert.Null(await fixture.Grains.GetGrain<IClientGrain>(good).GetAsync());
    }

    [Fact]
    public async Task Clients_staff_projects_and_bookings_import_in_turn_and_the_person_is_booked()
    {
        var client = KeyAccountsClusterFixture.Key("csv-client");
        var person = KeyAccountsClusterFixture.Key("csv-person");
        var project = KeyAccountsClusterFixture.Key("csv-project");
        await fixture.Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).SetPlanningAsync(26, null);

        var clients = await fixture.Importer.ImportAsync(ImportKind.Clients, $"id,name,tier,strategicReason\n{client},\"Acme, Inc.\",strategic,new market\n");
        var staff = await fixture.Importer.ImportAsync(ImportKind.Staff, $"id,grade,region,costPerWeek,billPerWeek,skills\n{person},manager,emea,6000,11000,java:4;sql:2\n");
        var projects = await fixture.Importer.ImportAsync(ImportKind.Projects, $"id,client,region,status\n{project},{client},emea,active\n");
        var bookings = await fixture.Importer.ImportAsync(ImportKind.Bookings, $"project,seat,staff,role,department,load,start,end\n{project},{project}-s1,{person},lead,consulting,60,0,10\n");

        Assert.All(new[] { clients, staff, projects, bookings }, o => Assert.Equal((true, 1), (o.Applied, o.Rows)));
        var imported = await fixture.Grains.GetGrain<IClientGrain>(client).GetAsync();
        Assert.Equal(("Acme, Inc.", Tier.Strategic, "new market"), (imported!.Name, imported.Tier, imported.Strategic!.Reason));
        var booked = Assert.Single((await fixture.Grains.GetGrain<IStaffGrain>(person).GetAsync())!.Bookings);
        Assert.Equal(($"{project}-s1", 60, 0, 10), (booked.Seat, booked.Load, booked.Start, booked.End));
        Assert.Equal(person, (await fixture.Grains.GetGrain<IProjectGrain>(project).GetAsync())!.Holders[$"{project}-s1"]);
    }

    [Fact]
    public async Task Imported_revenue_is_recorded_without_moving_the_tier_and_project_actuals_go_to_the_book()
    {
        var client = KeyAccountsClusterFixture.Key("csv-revenue");
        var project = KeyAccountsClusterFixture.Key("csv-rev-project");
        await fixture.Grains.GetGrain<IClientGrain>(client).DefineAsync(Builders.Client(client, Tier.Ordinary), "test");
        await fixture.Grains.GetGrain<IProjectGrain>(project).DefineAsync(Builders.Project(project, client));

        var outcome = await fixture.Importer.ImportAsync(ImportKind.Revenue, $"client,month,amount,project\n{client},2026-03,150000000,\n{client},2026-03,2500,{project}\n");

        Assert.True(outcome.Applied);
        var after = await fixture.Grains.GetGrain<IClientGrain>(client).GetAsync();
        Assert.Equal((Tier.Ordinary, 150_000_000m), (after!.Tier, Assert.Single(after.Revenue).Amount));
        var book = await fixture.Grains.GetGrain<ICommercialBookGrain>(GrainKeys.Firm).GetAsync();
        Assert.Equal(2500m, Assert.Single(book.Actuals, a => a.Project == project).Amount);
    }
}
