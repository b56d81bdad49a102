using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Staffing.Host.Tests.Observability;

/// <summary>The Orleans Dashboard is mounted for admins only: others are sent to sign in or refused.</summary>
public sealed class DashboardTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private async Task<HttpClient> ClientAsync(string? user)
    {
        var client = demo.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user is not null)
        {
            (await client.PostAsJsonAsync("/api/auth/login", new { user, password = "demo" })).EnsureSuccessStatusCode();
        }

        return client;
    }

    [Fact]
    public async Task An_admin_sees_the_dashboard_and_its_cluster_figures()
    {
        using var admin = await ClientAsync("admin");

        var page = await admin.GetAsync(new Uri("/admin/dashboard/", UriKind.Relative));
        var stats = await admin.GetAsync(new Uri("/admin/dashboard/DashboardCounters", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        using var counters = await DemoHostFixture.JsonAsync(stats);
        Assert.True(counters.RootElement.GetProperty("totalActiveHostCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task Without_signing_in_the_dashboard_sends_you_to_sign_in()
    {
        using var anonymous = await ClientAsync(null);

        var response = await anonymous.GetAsync(new Uri("/admin/dashboard/DashboardCounters", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("client")]
    public async Task Other_roles_are_refused_with_problem_details(string user)
    {
        using var client = await ClientAsync(user == "client" ? $"client-{demo.ClientA}" : user);

        var page = await client.GetAsync(new Uri("/admin/dashboard/", UriKind.Relative));
        var counters = await client.GetAsync(new Uri("/admin/dashboard/DashboardCounters", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, counters.StatusCode));
        Assert.Equal("application/problem+json", counters.Content.Headers.ContentType?.MediaType);
    }
}
