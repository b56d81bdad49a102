using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Observability;

/// <summary>
/// OpenTelemetry metrics and traces (ASP.NET Core, Orleans, runtime and the product's own meter), exported over
/// OTLP to <c>Telemetry:OtlpEndpoint</c>. Without an endpoint nothing is collected, so an unobserved host pays nothing.
/// </summary>
public static class TelemetrySetup
{
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";
    public const string OtlpProtocolKey = "Telemetry:OtlpProtocol";

    /// <summary>Orleans' meter and activity sources (the activity sources need <c>AddActivityPropagation</c> on the silo).</summary>
    private static readonly string[] OrleansMeters = ["Microsoft.Orleans"];
    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static WebApplicationBuilder AddStaffingTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StaffingMetrics>();
        builder.Services.AddSingleton<IWorkflowMeter>(services => services.GetRequiredService<StaffingMetrics>());
        var endpoint = builder.Configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var otlp))
        {
            throw new InvalidOperationException($"{OtlpEndpointKey} is '{endpoint}'; expected an absolute URI such as http://collector:4317.");
        }

        var protocol = string.Equals(builder.Configuration[OtlpProtocolKey], "http", StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("staffing", serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(StaffingMetrics.MeterName)
                .AddMeter(OrleansMeters)
                .AddOtlpExporter(o => { o.Endpoint = otlp; o.Protocol = protocol; }))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddSource(OrleansSources)
                .AddOtlpExporter(o => { o.Endpoint = otlp; o.Protocol = protocol; }));
        return builder;
    }
}
