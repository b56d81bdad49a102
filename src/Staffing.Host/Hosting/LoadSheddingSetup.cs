using System.Threading.RateLimiting;
using Staffing.Host.Observability;

namespace Staffing.Host.Hosting;

/// <summary>
/// A global concurrency limit: at most <c>LoadShedding:MaxConcurrentRequests</c> requests run at once and
/// <c>LoadShedding:QueueLimit</c> wait; beyond that a request is shed at once with 429 and <c>Retry-After</c>,
/// so an overload burst costs the callers a retry instead of costing everyone their latency. Health probes are
/// never shed.
/// </summary>
public static class LoadSheddingSetup
{
    public const string Section = "LoadShedding";

    public static IServiceCollection AddStaffingLoadShedding(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue($"{Section}:MaxConcurrentRequests", 256);
        var queue = configuration.GetValue($"{Section}:QueueLimit", 1024);
        if (permits < 1 || queue < 0)
        {
            throw new InvalidOperationException($"{Section}:MaxConcurrentRequests must be at least 1 and {Section}:QueueLimit at least 0.");
        }

        services.AddSingleton(new GlobalRequestLimit(new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        })));
        return services;
    }

    public static WebApplication UseStaffingLoadShedding(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/health"))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var limit = context.RequestServices.GetRequiredService<GlobalRequestLimit>();
            using var lease = await limit.Limiter.AcquireAsync(1, context.RequestAborted).ConfigureAwait(false);
            if (lease.IsAcquired)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            context.RequestServices.GetRequiredService<StaffingMetrics>().RequestShed();
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "1";
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = "The service is at its capacity; nothing was done. Retry after the delay in Retry-After.",
                },
            }).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>The process-wide limiter, disposed with the container.</summary>
    internal sealed class GlobalRequestLimit(ConcurrencyLimiter limiter) : IDisposable
    {
        public ConcurrencyLimiter Limiter { get; } = limiter;

        public void Dispose() => Limiter.Dispose();
    }
}
