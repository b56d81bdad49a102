using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Host.Security;

namespace Staffing.Host.Tests.Performance;

/// <summary>The remembered cookie check, end to end: only the exact cookie that verified is let through.</summary>
public sealed class SignInCookieTests(StaffingHostFixture fixture) : IClassFixture<StaffingHostFixture>
{
    [Fact]
    public async Task An_altered_cookie_is_refused_while_the_real_one_is_remembered()
    {
        var cookie = await SignInAsync(Roles.ClientUser, "c-7");
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(cookie)).StatusCode);

        var altered = cookie[..^2] + (cookie[^2] == 'A' ? 'B' : 'A') + cookie[^1];

        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(altered)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(cookie)).StatusCode);
    }

    [Fact]
    public async Task Each_remembered_cookie_keeps_its_own_user()
    {
        var manager = await SignInAsync(Roles.ResourceManager, null);
        var clientUser = await SignInAsync(Roles.ClientUser, "c-8");

        for (var i = 0; i < 3; i++)
        {
            using var asManager = JsonDocument.Parse(await (await MeAsync(manager)).Content.ReadAsStringAsync());
            using var asClient = JsonDocument.Parse(await (await MeAsync(clientUser)).Content.ReadAsStringAsync());
            Assert.Equal(Roles.ResourceManager, asManager.RootElement.GetProperty("role").GetString());
            Assert.Equal("c-8", asClient.RootElement.GetProperty("client").GetString());
        }
    }

    private async Task<string> SignInAsync(string role, string? client)
    {
        var name = "cookie-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Factory.Services.GetRequiredService<UserAccounts>().CreateAsync(name, "s3cret!", role, client);
        using var http = fixture.Factory.CreateClient();
        var login = await http.PostAsJsonAsync("/api/auth/login", new { user = name, password = "s3cret!" });
        login.EnsureSuccessStatusCode();
        var setCookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("staffing.auth=", StringComparison.Ordinal));
        return setCookie.Split(';')[0];
    }

    private async Task<HttpResponseMessage> MeAsync(string cookie)
    {
        using var http = fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/auth/me", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request);
    }
}
