using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains.Tests.KeyAccounts;

/// <summary>
/// The key-account grain states read back exactly through the JSON grain storage serializer the product's databases
/// use (amounts carry cents: the serializer writes a whole decimal with one decimal place).
/// </summary>
[Collection(KeyAccountsCluster.Name)]
public sealed class KeyAccountStateSerializationTests(KeyAccountsClusterFixture fixture)
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    private T RoundTrip<T>(T state)
    {
        var serializer = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IGrainStorageSerializer>();
        return serializer.Deserialize<T>(serializer.Serialize(state))!;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    [Fact]
    public void Tier_review_state_reads_back_exactly()
    {
        var change = new PendingTierChange("c1", "Acme", Tier.Diamond, Tier.Gold, 99.5m, "revenue", Day, ["released at month end"]);
        var book = new TierReviewBook { LastReviewedMonth = Day }.AfterReview([change], Day, true, "system").Confirm("c1", "manager", Day);
        var state = new TierReviewState { Book = book.ToInfo() };

        var back = RoundTrip(state);

        Assert.Equal(Json(state), Json(back));
        Assert.Equal(new DateOnly(2026, 3, 31), back.Book.Scheduled[0].EffectiveOn);
    }

    [Fact]
    public void Account_plan_opportunity_and_commercial_book_states_read_back_exactly()
    {
        var plan = new AccountPlanState
        {
            Plan = new AccountPlan { ClientId = "c1", Stage = AccountStage.QualifiedSupplier }
                .AddEvidence(new EvidenceItem(AccountStage.QualifiedSupplier, "credit-rating", "s1", Day)).ToInfo(),
        };
        var opportunity = new OpportunityState { Opportunity = Opportunity.Open("o1", "c1", "Deal", 5.5m, 0, Day).ToInfo() };
        var book = new CommercialBookState
        {
            Book = new CommercialBookInfo
            {
                Opportunities = ["o1"],
                Offerings = [new OfferingInfo { Id = "f1", Name = "Twin", Builders = ["r1"], YearlyRevenue = new Dictionary<int, decimal> { [2025] = 10.5m } }],
                SalesTargets = new Dictionary<string, decimal> { ["s1"] = 0.5m },
                Actuals = [new ProjectActualInfo { Project = "p1", Client = "c1", Month = Day, Amount = 7.25m }],
            },
        };

        Assert.Equal(Json(plan), Json(RoundTrip(plan)));
        Assert.Equal(Json(opportunity), Json(RoundTrip(opportunity)));
        Assert.Equal(Json(book), Json(RoundTrip(book)));
        Assert.Equal(Milestone.FirstContact, RoundTrip(opportunity).Opportunity!.Milestone);
    }
}
