using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using Staffing.Host.Api.Portal;

namespace Staffing.Host.Portal;

/// <summary>
/// The web portal: static files from wwwroot, its read endpoints, and a fallback so that a deep link such as
/// /projects/P-0001 loads the single page, which then asks the API (so scope checks stay in one place).
/// </summary>
public static class PortalSetup
{
    /// <summary>Paths the page fallback never answers: an unknown API route must stay a 404, not a page.</summary>
    private const string PagePattern = "{**path:nonfile:regex(^(?!(api|openapi|docs|health)(/|$)).*$)}";

    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static WebApplication MapStaffingPortal(this WebApplication app)
    {
        var files = new StaticFileOptions { OnPrepareResponse = Prepare };
        app.UseDefaultFiles();
        app.UseStaticFiles(files);
        app.MapPortalApi();
        app.MapFallbackToFile(PagePattern, "index.html", files);
        return app;
    }

    private static void Prepare(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        // Revalidate every time: there is no build step to fingerprint module names, and a stale module breaks the page.
        headers[HeaderNames.CacheControl] = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "same-origin";
        }
    }
}
