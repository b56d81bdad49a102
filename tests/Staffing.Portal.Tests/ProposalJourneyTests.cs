using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
public sealed partial class ProposalJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions SolveWait = new() { Timeout = 60_000 };

    [SkippableFact]
    public async Task Manager_generates_a_proposal_approves_it_and_the_team_page_shows_the_new_team()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var project = firm.Projects.First(p => p.Status != Domain.ProjectStatus.Closed && p.Seats.Length > p.Holders.Count
            && firm.Clients.First(c => c.Id == p.ClientId).Tier == Tier.Diamond);
        var page = await portal.PageAsync("manager");
        await page.GotoAsync($"/projects/{project.Id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Propose a team" }).ClickAsync();
        await Expect(page.GetByLabel("Project or client id")).ToHaveValueAsync(project.Id);
        await page.GetByLabel("Time limit (s)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate proposal" }).ClickAsync();
        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("ready", SolveWait);
        var proposalId = page.Url.Split('/')[^1];
        var proposal = await portal.Grains.GetGrain<IProposalGrain>(proposalId).GetAsync();
        var changed = proposal!.Result!.Seats.Where(s => s.Current != s.Staff).ToList();
        Assert.NotEmpty(changed);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Proposed seat changes" }).Locator("tbody tr")).ToHaveCountAsync(changed.Count);

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve all" }).ClickAsync();

        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("approved");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{changed.Count} seats booked");
        await page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Link, new() { Name = project.Id }).ClickAsync();
        var team = await portal.Grains.GetGrain<IProjectGrain>(project.Id).GetAsync();
        foreach (var seat in changed.Where(s => s.Project == project.Id))
        {
            Assert.Equal(seat.Staff, team!.Holders.GetValueOrDefault(seat.Seat));
            var expected = seat.Staff is null ? "vacant" : (await portal.Grains.GetGrain<IStaffGrain>(seat.Staff).GetAsync())!.Name ?? seat.Staff;
            await Expect(page.Locator($"tr[data-seat=\"{seat.Seat}\"] td.holder")).ToHaveTextAsync(expected);
        }

        await Expect(page.GetByTestId("team-count")).ToHaveTextAsync($"{team!.Holders.Count} of {team.Seats.Length} seats filled");
    }

    [SkippableFact]
    public async Task Manager_watches_the_live_progress_of_a_portfolio_solve()
    {
        var page = await portal.PageAsync("manager");
        await page.GotoAsync("/proposals");

        await page.GetByLabel("Scope").SelectOptionAsync("portfolio");
        await page.GetByLabel("Time limit (s)").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate proposal" }).ClickAsync();

        var progress = page.GetByRole(AriaRole.Progressbar, new() { Name = "Solving" });
        await Expect(progress).ToBeVisibleAsync();
        await Expect(progress).ToHaveAttributeAsync("max", "4");
        await Expect(page.GetByTestId("elapsed")).ToHaveTextAsync(ElapsedText());
        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("ready", SolveWait);
        await Expect(progress).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Rejecting_without_a_reason_shows_the_field_error()
    {
        var firm = await DemoFirm.ReadAsync(portal.Grains);
        var project = firm.Projects.First(p => p.Status != Domain.ProjectStatus.Closed && p.Seats.Length > p.Holders.Count);
        var page = await portal.PageAsync("manager");
        await page.GotoAsync($"/proposals?scope=project&id={project.Id}");
        await page.GetByLabel("Time limit (s)").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate proposal" }).ClickAsync();
        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("ready", SolveWait);

        await page.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();

        await Expect(page.GetByLabel("Reason for rejecting")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".field-error")).ToHaveTextAsync("a rejection needs a reason");
        await page.GetByLabel("Reason for rejecting").FillAsync("client postponed the project");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("rejected");
    }

    [SkippableFact]
    public async Task Manager_pins_an_alternative_re_solves_and_approves_only_that_seat()
    {
        var page = await portal.PageAsync("manager");
        await page.GotoAsync("/proposals");
        await page.GetByLabel("Scope").SelectOptionAsync("portfolio");
        await page.GetByLabel("Time limit (s)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate proposal" }).ClickAsync();
        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("ready", SolveWait);
        var first = page.Url.Split('/')[^1];
        var original = await portal.Grains.GetGrain<IProposalGrain>(first).GetAsync();
        var seat = original!.Result!.Seats.First(s => s.Current != s.Staff && s.RunnersUp.Length > 0);
        var pinned = seat.RunnersUp[0].Staff;

        await page.Locator($"tr[data-seat=\"{seat.Seat}\"]").GetByRole(AriaRole.Button, new() { Name = "Pin", Exact = false }).First.ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Uri(portal.Address, $"/proposals/{first}").ToString());
        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("ready", SolveWait);
        var revisionId = page.Url.Split('/')[^1];
        var revision = await portal.Grains.GetGrain<IProposalGrain>(revisionId).GetAsync();
        Assert.Equal(first, revision!.Request.Revises);
        Assert.Equal(pinned, revision.Result!.Seats.Single(s => s.Seat == seat.Seat).Staff);
        var row = page.Locator($"tr[data-seat=\"{seat.Seat}\"]");
        await Expect(row.Locator(".tag")).ToHaveTextAsync("pin");

        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve selected" }).ClickAsync();

        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("partly-approved");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 seats booked");
        var project = await portal.Grains.GetGrain<IProjectGrain>(seat.Project).GetAsync();
        Assert.Equal(pinned, project!.Holders[seat.Seat]);
        await page.GotoAsync($"/proposals/{first}");
        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("superseded");
    }

    [GeneratedRegex(@"^Elapsed \d+\.\d s of 4 s$")]
    private static partial Regex ElapsedText();
}
