using Serilog;
using Serilog.Formatting.Compact;
using Staffing.Host.Observability;

namespace Staffing.Host.Hosting;

/// <summary>Serilog once for the whole process: console for people, rolling JSON files for machines.</summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddStaffingLogging(this WebApplicationBuilder builder)
    {
        var filePath = builder.Configuration["Logging:File:Path"];
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<TraceContextEnricher>()
                .Enrich.WithProperty("Application", "Staffing");

            // Containers set Logging:Console:Format=json: one JSON event per line on stdout, trace ids included.
            if (string.Equals(builder.Configuration["Logging:Console:Format"], "json", StringComparison.OrdinalIgnoreCase))
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }

            if (!string.IsNullOrWhiteSpace(filePath))
            {
                logger.WriteTo.File(
                    new CompactJsonFormatter(),
                    filePath,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 14,
                    fileSizeLimitBytes: 50 * 1024 * 1024,
                    rollOnFileSizeLimit: true);
            }
        });
        return builder;
    }

    /// <summary>One structured line per request at the level <see cref="RequestLogLevel"/> gives; bodies, cookies and query strings are never logged.</summary>
    public static WebApplication UseStaffingRequestLogging(this WebApplication app)
    {
        var slowMs = app.Configuration.GetValue("Logging:SlowRequestMilliseconds", RequestLogLevel.DefaultSlowMilliseconds);
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} answered {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, elapsedMs, exception) => RequestLogLevel.Of(context, elapsedMs, exception, slowMs);
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("UserName", context.User.Identity?.Name ?? "anonymous");
                diagnostics.Set("Endpoint", context.GetEndpoint()?.DisplayName ?? "none");
            };
        });
        return app;
    }
}
