using Staffing.Domain.KeyAccounts;
using Staffing.Scenarios;
using Client = Staffing.Domain.Client;
using Project = Staffing.Domain.Project;
using StaffMember = Staffing.Domain.StaffMember;

namespace Staffing.Domain.Tests.KeyAccounts;

public sealed class CsvImportTests
{
    private static readonly FirmSnapshot Firm = new()
    {
        Weeks = 10,
        Clients =
        [
            new Client { Id = "c1", Name = "Acme", Tier = Tier.Diamond, DedicatedPartner = "p1", Revenue = [new MonthlyRevenue(new DateOnly(2026, 1, 1), 5m)] },
            new Client { Id = "c2", Returned = [new ReturnedConsultant("s2", "fit", new DateOnly(2026, 1, 1))] },
        ],
        Projects =
        [
            new Project { Id = "p-1", ClientId = "c1", Region = "emea", Status = ProjectStatus.Active, Seats = [new Seat { Id = "seat-1", Load = 50, Start = 0, End = 4 }] },
            new Project { Id = "p-2", ClientId = "c2", Region = "emea", Status = ProjectStatus.Active },
            new Project { Id = "p-old", ClientId = "c2", Region = "emea", Status = ProjectStatus.Closed },
        ],
        Staff =
        [
            new StaffMember { Id = "s1", Region = "emea", Skills = new Dictionary<string, int> { ["sql"] = 3 }, Bookings = [new Booking("x", "p-1", "c1", 60, 0, 10)] },
            new StaffMember { Id = "s2", Region = "emea" },
        ],
    };

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_keep_their_starting_line()
    {
        var (table, errors) = CsvText.Parse("id,name\r\nc9,\"Smith, \"\"Jones\"\"\nand Co\"\nc10,Plain\n");

        Assert.Empty(errors);
        Assert.Equal(["c9", "Smith, \"Jones\"\nand Co"], table.Rows[0].Fields);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Every_bad_field_is_reported_with_its_line_and_column()
    {
        var csv = "id,name,grade,region,capacity,costPerWeek,billPerWeek,skills\n"
            + "s7,Ann,consultant,emea,100,5000,9000,java:4\n"
            + "s8,Bob,wizard,emea,140,-1,9000,java:9\n"
            + "s7,Cid,manager,,100,5000,9000,\n";

        var check = ImportValidator.Validate(ImportKind.Staff, csv, Firm);

        Assert.False(check.Valid);
        Assert.Null(check.Batch);
        Assert.Equal(
            [(3, "capacity"), (3, "costPerWeek"), (3, "grade"), (3, "skills"), (4, "id"), (4, "region")],
            check.Errors.Select(e => (e.Line, e.Column!)));
        Assert.Equal("grade must be one of analyst, consultant, manager, senior-manager, partner, was 'wizard'", check.Errors[2].Message);
    }

    [Fact]
    public void Unknown_and_missing_columns_are_reported_on_the_header_line()
    {
        var check = ImportValidator.Validate(ImportKind.Revenue, "client,amount,colour\nc1,5,red\n", Firm);

        Assert.Equal([(1, "colour"), (1, "month"), (2, "month")], check.Errors.Select(e => (e.Line, e.Column!)));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var check = ImportValidator.Validate(ImportKind.Clients, "", Firm);

        Assert.Equal("the file is empty: a header line is required", Assert.Single(check.Errors).Message);
    }

    [Fact]
    public void Clients_need_a_reason_to_be_strategic_and_cannot_lose_diamond_by_import()
    {
        var csv = "id,tier,strategicReason\nc5,strategic,\nc1,gold,\nc6,strategic,new market\n";

        var check = ImportValidator.Validate(ImportKind.Clients, csv, Firm);

        Assert.Equal([(2, "strategicReason"), (3, "tier")], check.Errors.Select(e => (e.Line, e.Column!)));
    }

    [Fact]
    public void Projects_must_belong_to_a_known_client_and_move_only_along_their_lifecycle()
    {
        var csv = "id,client,region,status\np-9,nobody,emea,\np-old,c2,emea,active\np-1,c2,emea,\np-new,c1,apac,pipeline\n";

        var check = ImportValidator.Validate(ImportKind.Projects, csv, Firm);

        Assert.Equal([(2, "client"), (3, "status"), (4, "client")], check.Errors.Select(e => (e.Line, e.Column!)));
    }

    [Fact]
    public void Bookings_are_checked_against_capacity_returns_seat_terms_and_closed_projects()
    {
        var csv = "project,seat,staff,load,start,end\n"
            + "p-2,new-1,s1,50,0,4\n"
            + "p-2,new-2,s2,10,0,4\n"
            + "p-1,seat-1,s2,60,0,4\n"
            + "p-old,z,s1,10,5,7\n"
            + "p-1,new-3,s1,10,5,5\n";

        var check = ImportValidator.Validate(ImportKind.Bookings, csv, Firm);

        Assert.Equal([(2, "load"), (3, "staff"), (4, "seat"), (5, "project"), (6, "end")], check.Errors.Select(e => (e.Line, e.Column!)));
        Assert.StartsWith("s1 cannot take new-1", check.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_revenue_file_yields_client_months_and_project_actuals()
    {
        var csv = "client,month,amount,project\nc1,2026-02,1250000.50,\nc1,2026-02,400000,p-1\n";

        var check = ImportValidator.Validate(ImportKind.Revenue, csv, Firm);

        Assert.True(check.Valid);
        Assert.Equal(
            [new RevenueRow(2, "c1", new DateOnly(2026, 2, 1), 1_250_000.50m, null), new RevenueRow(3, "c1", new DateOnly(2026, 2, 1), 400_000m, "p-1")],
            check.Batch!.Revenue);
    }

    [Fact]
    public void Revenue_rows_name_a_wrong_project_and_a_repeated_month()
    {
        var csv = "client,month,amount,project\nc1,2026-02,1,\nc1,2026-02,2,\nc2,2026-13,1,\nc1,2026-03,1,p-2\n";

        var check = ImportValidator.Validate(ImportKind.Revenue, csv, Firm);

        Assert.Equal([(3, "month"), (4, "month"), (5, "project")], check.Errors.Select(e => (e.Line, e.Column!)));
    }

    [Theory]
    [InlineData(ImportKind.Clients)]
    [InlineData(ImportKind.Staff)]
    [InlineData(ImportKind.Projects)]
    [InlineData(ImportKind.Revenue)]
    public void An_export_reads_back_without_errors(ImportKind kind)
    {
        var csv = CsvExport.Write(kind, Firm, [new ProjectActual("p-1", "c1", new DateOnly(2026, 1, 1), 7m)]);

        var check = ImportValidator.Validate(kind, csv, Firm);

        Assert.Empty(check.Errors);
        Assert.True(check.Batch!.Count > 0);
    }

    [Fact]
    public void The_export_writes_the_import_columns()
    {
        var csv = CsvExport.Write(ImportKind.Staff, Firm, []);

        Assert.Equal("id,name,grade,region,department,capacity,costPerWeek,billPerWeek,skills\ns1,,analyst,emea,,100,0,0,sql:3\ns2,,analyst,emea,,100,0,0,\n", csv);
    }
}
