using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
[Collection(KeyAccountScreens.Name)]
public sealed class OpportunityScreenTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task An_opportunity_shows_the_departments_and_people_of_each_milestone_and_moves_on()
    {
        using var http = await portal.ApiAsync("manager");
        var summary = (await KeyAccountScreens.GetAsync(http, "/api/opportunities?milestone=proposal&pageSize=1")).GetProperty("items")[0];
        var id = summary.GetProperty("id").GetString()!;
        var before = await KeyAccountScreens.GetAsync(http, $"/api/opportunities/{id}");
        var current = before.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("state").GetString() == "current");
        var seat = current.GetProperty("participants")[0];
        var person = (await KeyAccountScreens.GetAsync(http, "/api/staff?pageSize=200")).GetProperty("items").EnumerateArray().First(s => s.GetProperty("bookings").GetInt32() == 0);
        // A person on the pursuit team's seat, booked the way any booking comes in.
        var csv = "project,seat,staff,load,start,end\n" +
            $"{summary.GetProperty("projectId").GetString()},{seat.GetProperty("seat").GetString()},{person.GetProperty("id").GetString()},{seat.GetProperty("load").GetInt32()},{current.GetProperty("startWeek").GetInt32()},{current.GetProperty("endWeek").GetInt32()}\n";
        using var booked = await http.PostAsync(new Uri("/api/import/bookings", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(booked.IsSuccessStatusCode, await booked.Content.ReadAsStringAsync());
        var page = await portal.PageAsync("manager");

        await page.GotoAsync($"/key-accounts/opportunities?milestone=proposal");
        await page.GetByRole(AriaRole.Table, new() { Name = "Opportunities" }).GetByRole(AriaRole.Link, new() { Name = summary.GetProperty("name").GetString()!, Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("milestone")).ToHaveTextAsync("Proposal");
        foreach (var milestone in before.GetProperty("milestones").EnumerateArray())
        {
            var label = KeyAccountScreens.Label(milestone.GetProperty("milestone").GetString()!);
            var rows = page.GetByRole(AriaRole.Table, new() { Name = $"Who takes part at {label}" }).Locator("tbody tr");
            var departments = milestone.GetProperty("participants").EnumerateArray().Select(p => Department(p.GetProperty("department").GetString()!)).ToArray();
            await Expect(rows.Locator("td:first-child")).ToHaveTextAsync(departments);
        }

        await Expect(page.Locator($"tr[data-seat=\"{seat.GetProperty("seat").GetString()}\"]")).ToContainTextAsync(person.GetProperty("name").GetString()!);

        var move = page.GetByRole(AriaRole.Form, new() { Name = "Move the opportunity" });
        await move.GetByLabel("Move to").SelectOptionAsync("negotiation");
        await move.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();

        await Expect(page.GetByTestId("milestone")).ToHaveTextAsync("Negotiation");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Negotiation milestone" })).ToContainTextAsync("current");
        var after = await KeyAccountScreens.GetAsync(http, $"/api/opportunities/{id}");
        Assert.Equal("negotiation", after.GetProperty("milestone").GetString());
    }

    /// <summary>The portal's department label.</summary>
    private static string Department(string department) =>
        department == "rnd" ? "R&D" : char.ToUpperInvariant(department[0]) + department[1..];
}
