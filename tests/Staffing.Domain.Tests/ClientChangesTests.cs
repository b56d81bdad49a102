using Staffing.Domain;
using Staffing.Scenarios;
using Client = Staffing.Domain.Client;

namespace Staffing.Domain.Tests;

public class ClientChangesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public void Returning_the_same_consultant_twice_keeps_the_first_return()
    {
        var client = new Client { Id = "c-1" }.Return("s-1", "poor fit", Day).Return("s-1", "again", Day.AddDays(1));

        Assert.Equal([new ReturnedConsultant("s-1", "poor fit", Day)], client.Returned);
        Assert.True(client.HasReturned("s-1"));
    }

    [Fact]
    public void Only_a_diamond_client_gets_a_dedicated_partner()
    {
        var gold = new Client { Id = "c-1", Tier = Tier.Gold };

        var error = Assert.Throws<DomainException>(() => gold.Dedicate("p-1", 20));

        Assert.Equal("only diamond clients have a dedicated partner; c-1 is Gold", error.Message);
    }

    [Fact]
    public void A_returned_partner_cannot_be_dedicated()
    {
        var client = new Client { Id = "c-1", Tier = Tier.Diamond }.Return("p-1", "conflict of interest", Day);

        Assert.Throws<DomainException>(() => client.Dedicate("p-1", 20));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Partner_load_is_one_to_a_hundred(int load)
    {
        Assert.Throws<DomainException>(() => new Client { Id = "c-1", Tier = Tier.Diamond }.Dedicate("p-1", load));
    }

    [Fact]
    public void Recording_a_month_again_replaces_it()
    {
        var client = new Client { Id = "c-1" }
            .RecordRevenue(new DateOnly(2026, 2, 14), 5m)
            .RecordRevenue(new DateOnly(2026, 1, 1), 7m)
            .RecordRevenue(new DateOnly(2026, 2, 1), 9m);

        Assert.Equal([new MonthlyRevenue(new DateOnly(2026, 1, 1), 7m), new MonthlyRevenue(new DateOnly(2026, 2, 1), 9m)], client.Revenue);
    }

    [Fact]
    public void Stages_move_one_at_a_time()
    {
        var client = new Client { Id = "c-1" }.MoveStage(AccountStage.SmallPilot).MoveStage(AccountStage.ScaleUp);

        Assert.Equal(AccountStage.ScaleUp, client.Stage);
        var e = Assert.Throws<DomainException>(() => client.MoveStage(AccountStage.QualifiedSupplier));
        Assert.Equal("c-1 cannot move from scale-up to qualified supplier: one stage at a time", e.Message);
    }
}
