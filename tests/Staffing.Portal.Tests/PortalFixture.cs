using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Staffing.Grains.Abstractions;

namespace Staffing.Portal.Tests;

/// <summary>One seeded host and one browser per test class; each test gets its own browser context (its own cookies).</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public PortalHost Host { get; } = new();

    public IBrowser? Browser { get; private set; }

    public Uri Address => Host.Address;

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        Host.StartServer();
        // The host answers ready only when the demo firm is seeded.
        using var http = new HttpClient { BaseAddress = Host.Address };
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        ready.EnsureSuccessStatusCode();
        if (!Chromium.Available)
        {
            return;
        }

        // Expectations wait for the page to catch up; 5 s (the default) was too short for a live solve's first
        // figures on a busy CI machine. A longer wait only slows a failing test down.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Args,
        });
    }

    /// <summary>A fresh browser page at 1280x800; signed in through the login form when <paramref name="user"/> is given.</summary>
    public async Task<IPage> PageAsync(string? user = null)
    {
        Chromium.Require();
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        if (user is not null)
        {
            await SignInAsync(page, user);
        }

        return page;
    }

    public static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("/login");
        await SubmitLoginAsync(page, user);
    }

    /// <summary>Fills and sends the login form already on screen.</summary>
    public static async Task SubmitLoginAsync(IPage page, string user)
    {
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Password").FillAsync("demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    /// <summary>An HTTP client signed in as <paramref name="user"/>, for arranging data and checking the API directly.</summary>
    public async Task<HttpClient> ApiAsync(string user)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = Address };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { user, password = "demo" });
        response.EnsureSuccessStatusCode();
        return http;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
