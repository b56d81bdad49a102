using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Staffing.Host.Security;

namespace Staffing.Host.Api;

/// <summary>Sign-in and sign-out with a cookie; who am I.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(SecuritySetup.LoginRateLimit).DisableAntiforgery()
            .WithSummary("Sign in with user name and password; sets the session cookie.");
        group.MapPost("/logout", (Delegate)LogoutAsync).RequireAuthorization(Policies.Signed).DisableAntiforgery()
            .WithSummary("Sign out; clears the session cookie.");
        group.MapGet("/me", Me).RequireAuthorization(Policies.Signed)
            .WithSummary("The signed-in user: name, role and, for a client user, the client.");
        group.MapGet("/antiforgery", Antiforgery).RequireAuthorization(Policies.Signed)
            .WithSummary("A token for form posts, to send back in the X-CSRF-TOKEN header or the form.");
        return routes;
    }

    public sealed record LoginRequest([property: Required] string? User, [property: Required] string? Password);

    public sealed record CurrentUser(string User, string Role, string? Client, string? DisplayName);

    private static async Task<Results<Ok<CurrentUser>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext http, UserAccounts accounts, ILoggerFactory loggers)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.User))
        {
            errors["user"] = ["user is required"];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["password is required"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var account = await accounts.CheckAsync(request.User!, request.Password!).ConfigureAwait(false);
        var logger = loggers.CreateLogger(typeof(AuthApi));
        if (account is null)
        {
            // The name is not logged: a mistyped password pasted into the user field would land in the logs.
            logger.LogWarning("Sign-in refused from {RemoteIp}", http.Connection.RemoteIpAddress);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in failed",
                detail: "The user name or password is wrong.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.Role, account.Role),
        };
        if (account.ClientId is not null)
        {
            claims.Add(new Claim(StaffingClaims.Client, account.ClientId));
        }

        if (account.StaffId is not null)
        {
            claims.Add(new Claim(StaffingClaims.Staff, account.StaffId));
        }

        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        logger.LogInformation("User {UserName} signed in as {Role}", account.UserName, account.Role);
        return TypedResults.Ok(new CurrentUser(account.UserName, account.Role, account.ClientId, account.DisplayName));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static Ok<CurrentUser> Me(ClaimsPrincipal user) => TypedResults.Ok(new CurrentUser(
        user.Identity!.Name!,
        user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
        user.FindFirstValue(StaffingClaims.Client),
        null));

    private static Ok<AntiforgeryToken> Antiforgery(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, tokens.HeaderName!));
    }

    public sealed record AntiforgeryToken(string Token, string HeaderName);
}
