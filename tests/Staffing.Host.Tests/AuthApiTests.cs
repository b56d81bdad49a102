using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Host.Security;

namespace Staffing.Host.Tests;

public sealed class AuthApiTests(StaffingHostFixture fixture) : IClassFixture<StaffingHostFixture>
{
    private async Task<string> CreateUserAsync(string role = Roles.ResourceManager, string? client = null)
    {
        var name = "user-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Factory.Services.GetRequiredService<UserAccounts>().CreateAsync(name, "s3cret!", role, client);
        return name;
    }

    [Fact]
    public async Task Login_with_the_right_password_sets_the_cookie_and_me_answers()
    {
        var name = await CreateUserAsync();
        using var client = fixture.Factory.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login", new { user = name, password = "s3cret!" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("staffing.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var me = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/auth/me", UriKind.Relative)));
        Assert.Equal(name, me.RootElement.GetProperty("user").GetString());
        Assert.Equal(Roles.ResourceManager, me.RootElement.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Client_user_carries_its_client()
    {
        var name = await CreateUserAsync(Roles.ClientUser, "c-42");
        using var client = fixture.Factory.CreateClient();

        await client.PostAsJsonAsync("/api/auth/login", new { user = name, password = "s3cret!" });

        using var me = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/auth/me", UriKind.Relative)));
        Assert.Equal("c-42", me.RootElement.GetProperty("client").GetString());
    }

    [Fact]
    public async Task Wrong_password_answers_401_problem_without_cookie()
    {
        var name = await CreateUserAsync();
        using var client = fixture.Factory.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login", new { user = name, password = "wrong" });

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal("application/problem+json", login.Content.Headers.ContentType?.MediaType);
        Assert.False(login.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Unknown_user_answers_401()
    {
        using var client = fixture.Factory.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login", new { user = "nobody-" + Guid.NewGuid(), password = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Missing_fields_are_named_in_a_validation_problem()
    {
        using var client = fixture.Factory.CreateClient();

        var login = await client.PostAsJsonAsync("/api/auth/login", new { user = "" });

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        var errors = body.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("user", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Me_without_cookie_answers_401_problem()
    {
        using var client = fixture.Factory.CreateClient();

        var me = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("application/problem+json", me.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var name = await CreateUserAsync();
        using var client = fixture.Factory.CreateClient();
        await client.PostAsJsonAsync("/api/auth/login", new { user = name, password = "s3cret!" });

        var logout = await client.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        var me = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }
}

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Too_many_attempts_answer_429_not_503()
    {
        using var factory = new StaffingHostFactory(new Dictionary<string, string?> { ["Security:LoginAttemptsPerMinute"] = "3" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { user = "someone", password = "wrong" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            statuses);
    }
}
