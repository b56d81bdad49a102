using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Hosting;
using Staffing.Persistence.Hosting;

namespace Staffing.Persistence;

/// <summary>The host's one call: storage, clustering and reminders chosen by configuration.</summary>
public static class StaffingStorageSiloBuilderExtensions
{
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
                builder.ConfigureEndpoints(settings.SiloPort, settings.GatewayPort);
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

    private static void UseLocalhost(ISiloBuilder builder, StorageSettings settings) =>
        builder.UseLocalhostClustering(
            settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);
}
