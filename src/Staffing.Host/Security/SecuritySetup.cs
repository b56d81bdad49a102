using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Staffing.Host.Security;

/// <summary>Cookie sign-in, role policies, antiforgery and the login rate limit.</summary>
public static class SecuritySetup
{
    public const string LoginRateLimit = "login";

    public static IServiceCollection AddStaffingSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<UserPasswords>();
        services.AddSingleton<UserAccounts>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "staffing.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request came over HTTPS; set Security:SecureCookies=true behind TLS termination.
                options.Cookie.SecurePolicy = configuration.GetValue("Security:SecureCookies", false)
                    ? CookieSecurePolicy.Always
                    : CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/login";
                options.Events.OnRedirectToLogin = context => Reject(context, StatusCodes.Status401Unauthorized, "Sign in first", "This resource needs a signed-in user.");
                options.Events.OnRedirectToAccessDenied = context => Reject(context, StatusCodes.Status403Forbidden, "Not allowed", "Your role does not allow this.");
            });
        // After the cookie handler's own post-configuration has created the Data Protection ticket format.
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>>(provider => new PostConfigureOptions<CookieAuthenticationOptions>(
            CookieAuthenticationDefaults.AuthenticationScheme,
            options => options.TicketDataFormat = new RecentTickets(options.TicketDataFormat, provider.GetService<TimeProvider>() ?? TimeProvider.System)));
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(options => options.HeaderName = "X-CSRF-TOKEN");

        services.AddRateLimiter(options =>
        {
            // The default is 503; a client that is told to slow down should hear 429.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many attempts",
                        Detail = "Too many sign-in attempts from this address; wait a minute and try again.",
                    },
                }).ConfigureAwait(false);
            };
            options.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("Security:LoginAttemptsPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    public static WebApplication UseStaffingSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        return app;
    }

    private static async Task Reject(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail)
    {
        // A page asked for without signing in goes to the sign-in page; anything else refused is problem details.
        if (status == StatusCodes.Status401Unauthorized && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(context.RedirectUri);
            return;
        }

        context.Response.StatusCode = status;
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
