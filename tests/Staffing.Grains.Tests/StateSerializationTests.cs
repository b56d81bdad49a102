using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using static Staffing.Grains.Tests.Builders;

namespace Staffing.Grains.Tests;

/// <summary>
/// The product's SQLite and PostgreSQL storage use the silo's JSON grain storage serializer, which drops default
/// values and tracks references; every grain state must read back exactly, zero capacities and diamond tiers included.
/// </summary>
[Collection(SharedCluster.Name)]
public class StateSerializationTests(ClusterFixture fixture)
{
    private T RoundTrip<T>(T state)
    {
        var serializer = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IGrainStorageSerializer>();
        return serializer.Deserialize<T>(serializer.Serialize(state))!;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    [Fact]
    public void Client_state_reads_back_exactly()
    {
        var state = new ClientState
        {
            ReviewScheduled = true,
            Client = Client("c-1", Tier.Diamond) with
            {
                PartnerLoad = 35,
                DedicatedPartner = "p-1",
                Revenue = [new RevenueMonth { Month = new DateOnly(2026, 1, 1), Amount = 123_456_789.5m }],
                Returned = [new ReturnInfo { StaffId = "s-1", Reason = "late", Date = new DateOnly(2026, 2, 3) }],
                Strategic = new StrategicInfo { Reason = "growth", ReviewDate = new DateOnly(2027, 1, 1) },
                TierHistory = [new TierChangeInfo { Date = new DateOnly(2026, 1, 1), From = Tier.Ordinary, To = Tier.Diamond, Reason = "revenue" }],
            },
        };

        Assert.Equal(Json(state), Json(RoundTrip(state)));
        Assert.Equal(Tier.Ordinary, RoundTrip(new ClientState { Client = Client("c-2") }).Client!.Tier);
    }

    [Fact]
    public void Project_state_reads_back_exactly()
    {
        var state = new ProjectState
        {
            Project = Project("p-1", "c-1", Seat("p-1/a", 50, 0, 4) with { MinGrade = Grade.Analyst, Skills = new Dictionary<string, int> { ["ml"] = 3 } }) with
            {
                Holders = new Dictionary<string, string> { ["p-1/a"] = "s-1" },
            },
            Pending = [new PendingHandovers { Id = "x", Handovers = [new SeatHandoverInfo { Seat = "p-1/a", From = "s-1" }], ReservedAt = DateTimeOffset.UnixEpoch }],
        };

        Assert.Equal(Json(state), Json(RoundTrip(state)));
    }

    [Fact]
    public void Staff_state_reads_back_exactly()
    {
        var state = new StaffState
        {
            Person = Person("s-1", capacity: 0, grade: Grade.Analyst) with
            {
                Skills = new Dictionary<string, int> { ["sap-fico"] = 2 },
                Leave = [new WeekSpan { Start = 0, End = 2 }],
                Commitments = [new CommitmentInfo { Start = 0, End = 1, Load = 10 }],
                Bookings = [Booking("p-1/a", 50, 0, 4)],
                Duty = new PartnerDutyInfo { Client = "c-1", Load = 20 },
            },
            Pending = [new PendingChange { Id = "x", Change = new StaffChangeRequest { Release = ["p-1/a"] }, ReservedAt = DateTimeOffset.UnixEpoch }],
        };

        Assert.Equal(Json(state), Json(RoundTrip(state)));
    }

    [Fact]
    public void Firm_state_reads_back_exactly()
    {
        var state = new FirmState
        {
            Directory = new FirmDirectory
            {
                Weeks = 26,
                Weights = new WeightsInfo { Unfilled = new Dictionary<Tier, long> { [Tier.Diamond] = 5 }, Travel = 0 },
                Clients = ["c-1"],
                Projects = ["p-1"],
                Staff = ["s-1", "s-2"],
            },
        };

        Assert.Equal(Json(state), Json(RoundTrip(state)));
    }
}
