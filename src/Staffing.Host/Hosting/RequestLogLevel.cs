using Serilog.Events;

namespace Staffing.Host.Hosting;

/// <summary>
/// The level of a request's log line. Fast successful reads are Debug, below the default minimum: at thousands
/// of reads a second one line each costs more CPU than the read itself and says little. Writes, refusals, slow
/// and failed requests are always written.
/// </summary>
public static class RequestLogLevel
{
    /// <summary>Requests slower than this are logged as Warning whatever their method (<c>Logging:SlowRequestMilliseconds</c>).</summary>
    public const double DefaultSlowMilliseconds = 1000;

    public static LogEventLevel Of(HttpContext context, double elapsedMs, Exception? exception, double slowMs = DefaultSlowMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        if (exception is not null || status >= 500)
        {
            return LogEventLevel.Error;
        }

        if (context.Request.Path.StartsWithSegments("/health"))
        {
            return LogEventLevel.Verbose;
        }

        if (elapsedMs > slowMs)
        {
            return LogEventLevel.Warning;
        }

        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        return read && status < 400 ? LogEventLevel.Debug : LogEventLevel.Information;
    }
}
