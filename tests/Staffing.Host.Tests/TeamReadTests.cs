using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Tests;

/// <summary>The team read is served from the project grain's built team; it must still follow every change.</summary>
public sealed class TeamReadTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private IGrainFactory Grains => demo.Factory.Services.GetRequiredService<IGrainFactory>();

    [Fact]
    public async Task The_team_follows_a_seat_vacated_and_booked_again()
    {
        using var client = await demo.SignedInAsync("manager");
        var (project, seat, holder) = await FilledSeatAsync();
        await TeamAsync(client, project);

        var vacated = await client.DeleteAsync(new Uri($"/api/projects/{project}/seats/{Uri.EscapeDataString(seat)}/holder", UriKind.Relative));
        vacated.EnsureSuccessStatusCode();
        var empty = await HolderAsync(client, project, seat);
        var booked = await client.PutAsJsonAsync($"/api/projects/{project}/seats/{Uri.EscapeDataString(seat)}/holder", new { staff = holder });
        booked.EnsureSuccessStatusCode();
        var back = await HolderAsync(client, project, seat);

        Assert.Null(empty);
        Assert.Equal(holder, back?.GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_team_shows_a_holders_new_name_grade_and_region()
    {
        using var client = await demo.SignedInAsync("manager");
        var (project, seat, holder) = await FilledSeatAsync();
        await TeamAsync(client, project);
        var person = (await Grains.GetGrain<IStaffGrain>(holder).GetAsync())!;

        await Grains.GetGrain<IStaffGrain>(holder).DefineAsync(person with { Name = "Renamed Person" });
        try
        {
            // The new profile reaches the project one-way; it is there within moments.
            JsonElement? shown = null;
            for (var i = 0; i < 50 && shown?.GetProperty("name").GetString() != "Renamed Person"; i++)
            {
                await Task.Delay(100);
                shown = await HolderAsync(client, project, seat);
            }

            Assert.Equal("Renamed Person", shown?.GetProperty("name").GetString());
        }
        finally
        {
            await Grains.GetGrain<IStaffGrain>(holder).DefineAsync(person);
        }
    }

    [Fact]
    public async Task A_holder_renamed_while_off_the_project_shows_the_new_name_when_back()
    {
        using var client = await demo.SignedInAsync("manager");
        var (project, seat, holder) = await FilledSeatAsync();
        var seatPath = $"/api/projects/{project}/seats/{Uri.EscapeDataString(seat)}/holder";
        await TeamAsync(client, project);
        var person = (await Grains.GetGrain<IStaffGrain>(holder).GetAsync())!;

        (await client.DeleteAsync(new Uri(seatPath, UriKind.Relative))).EnsureSuccessStatusCode();
        await Grains.GetGrain<IStaffGrain>(holder).DefineAsync(person with { Name = "Back Again" });
        try
        {
            (await client.PutAsJsonAsync(seatPath, new { staff = holder })).EnsureSuccessStatusCode();

            Assert.Equal("Back Again", (await HolderAsync(client, project, seat))?.GetProperty("name").GetString());
        }
        finally
        {
            await Grains.GetGrain<IStaffGrain>(holder).DefineAsync(person);
        }
    }

    [Fact]
    public async Task Grades_read_in_kebab_case_as_in_the_staff_api()
    {
        using var client = await demo.SignedInAsync("manager");
        var (project, seat, holder) = await FilledSeatAsync();

        var shown = await HolderAsync(client, project, seat);
        using var person = await DemoHostFixture.JsonAsync(await client.GetAsync(new Uri($"/api/staff/{holder}", UriKind.Relative)));

        Assert.Equal(person.RootElement.GetProperty("grade").GetString(), shown?.GetProperty("grade").GetString());
        Assert.Equal(person.RootElement.GetProperty("region").GetString(), shown?.GetProperty("region").GetString());
    }

    [Fact]
    public async Task Another_clients_team_is_not_found()
    {
        using var client = await demo.SignedInAsync("client-" + demo.ClientA);

        var other = await client.GetAsync(new Uri($"/api/projects/{demo.ProjectOfB}/team", UriKind.Relative));
        var unknown = await client.GetAsync(new Uri("/api/projects/no-such-project/team", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>A seat of an active project, held by someone, not fixed; each test takes a different one.</summary>
    /// <summary>
    /// A filled seat that its holder fits back into once vacated: the demo firm's current teams are loaded as they
    /// are, and a few holders are over capacity or on leave in their seat's weeks, which a new booking refuses
    /// (409). Each test takes its own seat, spread by a hash of its name that is the same in every run.
    /// </summary>
    private async Task<(string Project, string Seat, string Holder)> FilledSeatAsync([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var directory = await Grains.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        var projects = await Task.WhenAll(directory.Projects.Select(id => Grains.GetGrain<IProjectGrain>(id).GetAsync()));
        var filled = projects.OfType<ProjectInfo>()
            .Where(p => p.Status == Staffing.Domain.ProjectStatus.Active && p.Id != demo.ProjectOfA && p.Id != demo.ProjectOfB)
            .SelectMany(p => p.Seats.Where(s => s.Pinned is null && s.Pick is null && p.Holders.ContainsKey(s.Id)).Select(s => (Project: p.Id, Seat: s, Holder: p.Holders[s.Id])))
            .OrderBy(c => c.Seat.Id, StringComparer.Ordinal)
            .ToList();
        var holders = await Task.WhenAll(filled.Select(f => Grains.GetGrain<IStaffGrain>(f.Holder).GetAsync()));
        var candidates = filled.Where((f, i) => holders[i] is { } person && FitsAlone(person, f.Seat)).Select(f => (f.Project, f.Seat.Id, f.Holder)).ToList();

        var hash = test.Aggregate(17u, (h, c) => unchecked((h * 31) + c));
        return candidates[(int)(hash % (uint)candidates.Count)];
    }

    /// <summary>The seat is the person's only booking and nothing else takes their time in its weeks.</summary>
    private static bool FitsAlone(StaffInfo person, SeatInfo seat) =>
        person.Bookings.All(b => b.Seat == seat.Id) && person.Duty is null && seat.Load <= person.Capacity
        && !person.Leave.Any(l => l.Start < seat.End && seat.Start < l.End)
        && !person.Commitments.Any(c => c.Start < seat.End && seat.Start < c.End);

    private static async Task<JsonElement> TeamAsync(HttpClient client, string project)
    {
        var response = await client.GetAsync(new Uri($"/api/projects/{project}/team", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var team = await DemoHostFixture.JsonAsync(response);
        return team.RootElement.Clone();
    }

    private static async Task<JsonElement?> HolderAsync(HttpClient client, string project, string seat)
    {
        var team = await TeamAsync(client, project);
        var found = team.GetProperty("seats").EnumerateArray().Single(s => s.GetProperty("seat").GetString() == seat);
        return found.TryGetProperty("holder", out var holder) && holder.ValueKind == JsonValueKind.Object ? holder : null;
    }
}
