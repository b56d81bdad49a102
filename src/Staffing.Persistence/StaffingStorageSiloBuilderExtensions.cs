using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Staffing.Persistence.Hosting;

namespace Staffing.Persistence;

/// <summary>The host's one call: storage, clustering and reminders chosen by configuration.</summary>
public static class StaffingStorageSiloBuilderExtensions
{
    /// <summary>The address this silo advertises to the others (PostgreSQL clustering only).</summary>
    public const string AdvertisedIPKey = "Orleans:AdvertisedIP";

    /// <summary>Bind the silo and gateway ports on every interface while advertising <see cref="AdvertisedIPKey"/>.</summary>
    public const string ListenOnAnyHostAddressKey = "Orleans:ListenOnAnyHostAddress";

    /// <summary>
    /// Reads <see cref="StorageConfigKeys"/> and configures grain storage
    /// <paramref name="storageName"/>, clustering and reminders for the chosen provider:
    /// SQLite (default, single silo on localhost), PostgreSQL (a cluster) or Memory (tests).
    /// Throws <see cref="InvalidOperationException"/> naming the key when configuration is wrong.
    /// </summary>
    public static ISiloBuilder UseStaffingStorage(this ISiloBuilder builder, IConfiguration configuration, string storageName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(storageName);
        var settings = StorageSettings.Read(configuration);

        // Grain state holds immutable dictionaries, which Newtonsoft.Json cannot rebuild when it preserves
        // references: without this a grain written once fails to reactivate (after a restart or on another silo).
        builder.Services.PostConfigure<OrleansJsonSerializerOptions>(
            o => o.JsonSerializerSettings.PreserveReferencesHandling = Newtonsoft.Json.PreserveReferencesHandling.None);
        switch (settings.Provider)
        {
            case StorageProvider.Sqlite:
                UseLocalhost(builder, settings);
                builder.AddSqliteGrainStorage(storageName, o => o.Path = settings.SqlitePath);
                builder.UseSqliteReminderService(o => o.Path = settings.SqlitePath);
                break;
            case StorageProvider.Memory:
                UseLocalhost(builder, settings);
                builder.AddMemoryGrainStorage(storageName);
                builder.UseInMemoryReminderService();
                break;
            case StorageProvider.Postgres:
                var connectionString = settings.PostgresConnectionString!;
                builder.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = settings.ClusterId;
                    o.ServiceId = settings.ServiceId;
                });
                ConfigureEndpoints(builder, configuration, settings);

                // Npgsql's exceptions must cross silos so a caller sees the database failure (and answers 503)
                // instead of a serializer failure for the exception type.
                builder.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
                if (settings.ApplyMigrations)
                {
                    builder.AddPostgresMigrationsOnStart(connectionString);
                }

                builder.UsePostgresClustering(connectionString);
                builder.AddPostgresGrainStorage(storageName, o => o.ConnectionString = connectionString);
                builder.UsePostgresReminderService(connectionString);
                break;
            default:
                throw new InvalidOperationException($"{StorageConfigKeys.Provider} '{settings.Provider}' is not supported.");
        }

        return builder;
    }

    /// <summary>
    /// Ports from configuration; the address other silos dial is <c>Orleans:AdvertisedIP</c> when set (loopback
    /// clusters, containers), else the host's first address. <c>Orleans:ListenOnAnyHostAddress</c> binds 0.0.0.0.
    /// </summary>
    private static void ConfigureEndpoints(ISiloBuilder builder, IConfiguration configuration, StorageSettings settings)
    {
        var advertised = configuration[AdvertisedIPKey];
        var listenOnAny = bool.TryParse(configuration[ListenOnAnyHostAddressKey], out var any) && any;
        if (string.IsNullOrWhiteSpace(advertised))
        {
            builder.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: listenOnAny);
            return;
        }

        if (!IPAddress.TryParse(advertised.Trim(), out var address))
        {
            throw new InvalidOperationException($"{AdvertisedIPKey} is '{advertised}'; expected an IP address such as 10.0.0.5.");
        }

        builder.ConfigureEndpoints(address, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: listenOnAny);
    }

    private static void UseLocalhost(ISiloBuilder builder, StorageSettings settings) =>
        builder.UseLocalhostClustering(
            settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
}
