using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Staffing.Portal.Tests;

[Trait("Category", "Browser")]
public sealed class SignInTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [SkippableFact]
    public async Task Manager_signs_in_and_sees_the_portfolio_with_the_firm_navigation()
    {
        var page = await portal.PageAsync("manager");

        await Expect(page).ToHaveURLAsync(new Uri(portal.Address, "/portfolio").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Portfolio", Level = 1 })).ToBeVisibleAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Portfolio", "Proposals", "Queue", "Open seats", "Projects", "Staff", "Utilisation", "Key accounts", "P&L", "KPIs"]);
        await Expect(page.Locator("#who")).ToContainTextAsync("manager · Resource manager");
    }

    [SkippableFact]
    public async Task An_admin_also_gets_the_cluster_dashboard()
    {
        var page = await portal.PageAsync("admin");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav.GetByRole(AriaRole.Link).Last).ToHaveTextAsync("Cluster");

        var counters = page.WaitForResponseAsync(r => r.Url.EndsWith("/admin/dashboard/DashboardCounters", StringComparison.Ordinal));
        await nav.GetByRole(AriaRole.Link, new() { Name = "Cluster" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(portal.Address, "/admin/dashboard/").ToString());
        Assert.Equal(200, (await counters).Status);
    }

    [SkippableFact]
    public async Task A_wrong_password_shows_the_problem_title_and_detail()
    {
        var page = await portal.PageAsync();
        await page.GotoAsync("/login");

        await page.GetByLabel("User name").FillAsync("manager");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByLabel("Password").PressAsync("Enter");

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Sign-in failed");
        await Expect(alert).ToContainTextAsync("The user name or password is wrong.");
        await Expect(page).ToHaveURLAsync(new Uri(portal.Address, "/login").ToString());
    }

    [SkippableFact]
    public async Task An_empty_form_marks_each_missing_field()
    {
        var page = await portal.PageAsync();
        await page.GotoAsync("/login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByLabel("User name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".field-error")).ToHaveTextAsync(["user is required", "password is required"]);
    }

    [SkippableFact]
    public async Task Signing_out_ends_the_session_and_pages_ask_to_sign_in_again()
    {
        var page = await portal.PageAsync("manager");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Staffing" })).ToBeVisibleAsync();
        await page.GotoAsync("/portfolio");

        await Expect(page).ToHaveURLAsync(new Uri(portal.Address, "/login?next=%2Fportfolio").ToString());
        var me = await page.APIRequest.GetAsync("/api/auth/me");
        Assert.Equal(401, me.Status);
    }

    [SkippableFact]
    public async Task A_page_still_loading_when_the_user_signs_out_does_not_come_back_over_the_sign_in_form()
    {
        var page = await portal.PageAsync("manager");
        var held = new TaskCompletionSource();
        await page.RouteAsync("**/api/accounts/stages", async route =>
        {
            await held.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync("/portfolio");

        // The portfolio waits for its account stages; the user signs out meanwhile.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        var signIn = page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Staffing" });
        await Expect(signIn).ToBeVisibleAsync();
        var answered = page.WaitForResponseAsync("**/api/accounts/stages");
        held.SetResult();
        await answered;
        await page.EvaluateAsync("() => new Promise(done => setTimeout(done, 200))");

        await Expect(signIn).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { Name = "Portfolio" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Alert).CountAsync());
    }

    [SkippableFact]
    public async Task A_deep_link_opens_after_sign_in()
    {
        var page = await portal.PageAsync();
        await page.GotoAsync("/staff");
        await Expect(page).ToHaveURLAsync(new Uri(portal.Address, "/login?next=%2Fstaff").ToString());

        await PortalFixture.SubmitLoginAsync(page, "manager");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Staff search" })).ToBeVisibleAsync();
    }
}
