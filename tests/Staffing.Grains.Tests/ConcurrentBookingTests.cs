using Staffing.Domain;
using Staffing.Grains.Abstractions;
using static Staffing.Grains.Tests.Builders;

namespace Staffing.Grains.Tests;

[Collection(SharedCluster.Name)]
public class ConcurrentBookingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_hundred_simultaneous_half_time_bookings_of_the_same_weeks_give_exactly_two_seats()
    {
        var id = ClusterFixture.Key("s");
        var grain = fixture.Grains.GetGrain<IStaffGrain>(id);
        await grain.DefineAsync(Person(id));

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => grain.BookAsync(Booking($"p1/s{i}", 50, 0, 4))));

        Assert.Equal(2, results.Count(r => r.Success));
        var person = (await grain.GetAsync())!;
        Assert.Equal(2, person.Bookings.Length);
        var winners = person.Bookings.Select(b => b.Seat).Order().ToArray();
        foreach (var refused in results.Where(r => !r.Success))
        {
            var clash = Assert.Single(refused.Clashes);
            Assert.Equal([0, 1, 2, 3], clash.Weeks.Select(w => w.Week));
            Assert.All(clash.Weeks, w => Assert.Equal((100, 100, 50, 50), (w.Capacity, w.Existing, w.Requested, w.Over)));
            Assert.All(clash.Weeks, w => Assert.Equal(winners, w.Causes.Select(c => c.Id).Order()));
        }
    }

    [Fact]
    public async Task A_hundred_simultaneous_overlapping_bookings_never_overrun_any_week_and_every_refusal_names_its_clash()
    {
        var id = ClusterFixture.Key("s");
        var grain = fixture.Grains.GetGrain<IStaffGrain>(id);
        await grain.DefineAsync(Person(id, capacity: 90) with { Commitments = [new CommitmentInfo { Start = 5, End = 8, Load = 40 }] });
        var requests = Enumerable.Range(0, 100).Select(i => Booking($"p1/s{i}", 20 + (i % 4 * 10), i % 12, (i % 12) + 1 + (i % 5))).ToList();

        var results = await Task.WhenAll(requests.Select(grain.BookAsync));

        var person = (await grain.GetAsync())!.ToDomain();
        for (var week = 0; week < 20; week++)
        {
            Assert.True(StaffCalendar.LoadIn(person, week) <= 90, $"week {week} holds {StaffCalendar.LoadIn(person, week)}%");
        }

        Assert.Equal(results.Count(r => r.Success), person.Bookings.Count);
        foreach (var (request, result) in requests.Zip(results).Where(x => !x.Second.Success))
        {
            var clash = Assert.Single(result.Clashes);
            Assert.Equal(request.Seat, clash.Requested);
            Assert.NotEmpty(clash.Weeks);
            Assert.All(clash.Weeks, w => Assert.True(w.Week >= request.Start && w.Week < request.End));
            Assert.All(clash.Weeks, w => Assert.Equal(w.Existing + request.Load - 90, w.Over));
            Assert.All(clash.Weeks, w => Assert.True(w.Over > 0));
            Assert.All(clash.Weeks, w => Assert.Equal(w.Existing, w.Causes.Sum(c => c.Load)));
        }
    }
}
