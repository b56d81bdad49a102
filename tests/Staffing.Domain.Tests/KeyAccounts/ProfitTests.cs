using Staffing.Domain.KeyAccounts;
using Staffing.Scenarios;
using Client = Staffing.Domain.Client;
using Project = Staffing.Domain.Project;
using StaffMember = Staffing.Domain.StaffMember;

namespace Staffing.Domain.Tests.KeyAccounts;

public sealed class ProfitTests
{
    private static StaffMember Person(string id, long bill, long cost, string department = "consulting", Grade grade = Grade.Consultant, params Booking[] bookings) =>
        new() { Id = id, Region = "emea", Department = department, Grade = grade, BillPerWeek = bill, CostPerWeek = cost, Bookings = bookings };

    private static Project Active(string id, string client) => new() { Id = id, ClientId = client, Region = "emea", Status = ProjectStatus.Active };

    /// <summary>Two people on one won project of client c1: 10 weeks at 100% and 10 weeks at 50%.</summary>
    private static ProfitBook Book() => new()
    {
        Weeks = 20,
        Year = 2026,
        Clients = [new Client { Id = "c1", Tier = Tier.Gold, DedicatedPartner = null }],
        Projects = [Active("p1", "c1"), new Project { Id = "p2", ClientId = "c1", Region = "emea", Status = ProjectStatus.Pipeline }],
        Staff =
        [
            Person("a", bill: 10_000, cost: 4_000, bookings: [new Booking("s1", "p1", "c1", 100, 0, 10), new Booking("s3", "p2", "c1", 50, 0, 2)]),
            Person("b", bill: 8_000, cost: 5_000, bookings: [new Booking("s2", "p1", "c1", 50, 5, 15)]),
            Person("r", bill: 0, cost: 3_000, department: "rnd"),
        ],
        Offerings =
        [
            new Offering { Id = "o1", Name = "Twin", Builders = ["r"], YearlyRevenue = new Dictionary<int, decimal> { [2023] = 9m, [2024] = 1m, [2025] = 2m, [2026] = 4m } },
        ],
        Targets = new Dictionary<string, decimal> { ["a"] = 200_000m },
    };

    [Fact]
    public void A_projects_revenue_is_bill_rate_times_booked_load_and_its_cost_is_cost_rate()
    {
        var p1 = ProfitCalculator.Projects(Book()).Single(p => p.ProjectId == "p1");

        Assert.Equal((RevenueSource.Bookings, 140_000m, 65_000m, 75_000m), (p1.Source, p1.Pnl.Revenue, p1.Pnl.Cost, p1.Pnl.Margin));
        Assert.Equal(0.5357m, p1.Pnl.MarginRate);
    }

    [Fact]
    public void A_pursuit_project_bills_nothing_but_costs_its_peoples_time()
    {
        var p2 = ProfitCalculator.Projects(Book()).Single(p => p.ProjectId == "p2");

        Assert.Equal((0m, 4_000m), (p2.Pnl.Revenue, p2.Pnl.Cost));
    }

    [Fact]
    public void Imported_actuals_replace_booked_revenue_and_are_shared_by_booked_revenue()
    {
        var book = Book() with { Actuals = new Dictionary<string, decimal> { ["p1"] = 280_000m } };

        var p1 = ProfitCalculator.Projects(book).Single(p => p.ProjectId == "p1");
        var people = ProfitCalculator.People(book).ToDictionary(p => p.StaffId);

        Assert.Equal((RevenueSource.Actuals, 280_000m), (p1.Source, p1.Pnl.Revenue));
        Assert.Equal(200_000m, people["a"].Pnl.Revenue);
        Assert.Equal(80_000m, people["b"].Pnl.Revenue);
    }

    [Fact]
    public void Leave_weeks_neither_bill_nor_cost()
    {
        var person = Person("l", 1_000, 500) with { Leave = [new WeekRange(2, 4)] };

        var pnl = ProfitCalculator.Of(person, new Booking("s", "p", "c", 100, 0, 5), weeks: 20);

        Assert.Equal((3_000m, 1_500m), (pnl.Revenue, pnl.Cost));
    }

    [Fact]
    public void The_client_pnl_counts_each_project_once()
    {
        var c1 = Assert.Single(ProfitCalculator.Clients(Book()));

        Assert.Equal((2, 140_000m, 69_000m), (c1.Projects, c1.Pnl.Revenue, c1.Pnl.Cost));
    }

    [Fact]
    public void Every_contributor_to_a_won_project_gets_its_full_revenue_as_credit()
    {
        var book = Book();

        var kpis = PersonKpiCalculator.All(book).ToDictionary(k => k.StaffId);
        var firm = ProfitCalculator.Projects(book).Sum(p => p.Pnl.Revenue);

        Assert.Equal(140_000m, kpis["a"].RevenueCredit);
        Assert.Equal(140_000m, kpis["b"].RevenueCredit);
        Assert.Equal(["p1"], kpis["b"].WonProjects);
        Assert.Equal(140_000m, firm);
        Assert.Equal(CreditSource.WonProjects, kpis["a"].CreditSource);
    }

    [Fact]
    public void The_accounts_dedicated_partner_shares_the_credit_of_its_won_projects()
    {
        var book = Book() with
        {
            Clients = [new Client { Id = "c1", Tier = Tier.Diamond, DedicatedPartner = "p" }],
            Staff = [.. Book().Staff, Person("p", 20_000, 9_000, grade: Grade.Partner)],
        };

        var partner = PersonKpiCalculator.All(book).Single(k => k.StaffId == "p");

        Assert.Equal((140_000m, 0m), (partner.RevenueCredit, partner.Margin));
        Assert.Equal(SalesTargets.DefaultFor(Grade.Partner), partner.SalesTarget);
    }

    [Fact]
    public void Rnd_people_are_credited_with_three_years_of_their_offerings_revenue()
    {
        var r = PersonKpiCalculator.All(Book()).Single(k => k.StaffId == "r");

        Assert.Equal((7m, CreditSource.Offerings), (r.RevenueCredit, r.CreditSource));
        Assert.Equal(["o1"], r.Offerings);
    }

    [Fact]
    public void Kpis_carry_margin_utilisation_feedback_and_target_attainment()
    {
        var book = Book() with { Clients = [new Client { Id = "c1", Returned = [new ReturnedConsultant("b", "style", new DateOnly(2026, 1, 1))] }] };

        var kpis = PersonKpiCalculator.All(book).ToDictionary(k => k.StaffId);

        Assert.Equal(56_000m, kpis["a"].Margin);
        Assert.Equal(0.55m, kpis["a"].Utilisation);
        Assert.Equal((200_000m, 0.7m), (kpis["a"].SalesTarget, kpis["a"].Attainment));
        Assert.Equal(new ClientFeedback(1, 1, 0m), kpis["b"].Feedback);
        Assert.Equal(new ClientFeedback(1, 0, 1m), kpis["a"].Feedback);
        Assert.Equal(new ClientFeedback(0, 0, null), kpis["r"].Feedback);
    }
}
