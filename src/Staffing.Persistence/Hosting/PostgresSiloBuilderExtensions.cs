using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Staffing.Persistence.GrainStorage;
using Staffing.Persistence.Postgres;

namespace Staffing.Persistence.Hosting;

/// <summary>Registers the PostgreSQL stores on a silo; the schema comes from <see cref="PostgresMigrator"/>.</summary>
public static class PostgresSiloBuilderExtensions
{
    /// <summary>The ADO.NET invariant name of the Npgsql provider.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>Adds grain storage <paramref name="name"/> kept in PostgreSQL.</summary>
    public static ISiloBuilder AddPostgresGrainStorage(
        this ISiloBuilder builder, string name, Action<PostgresStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<PostgresStorageOptions>(name).Configure(configure);

        // Keyed by storage name so the container disposes the connection pool on shutdown.
        builder.Services.AddKeyedSingleton(name, (services, key) =>
            NpgsqlDataSource.Create(services.GetRequiredService<IOptionsMonitor<PostgresStorageOptions>>().Get((string)key!).ConnectionString));
        builder.Services.AddGrainStorage(name, (services, key) => new PostgresGrainStorage(
            key,
            services.GetRequiredKeyedService<NpgsqlDataSource>(key),
            GrainStorageSerializer.For(services, key),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetRequiredService<ILogger<PostgresGrainStorage>>()));
        return builder;
    }

    /// <summary>Cluster membership in PostgreSQL through Orleans' ADO.NET clustering provider.</summary>
    public static ISiloBuilder UsePostgresClustering(this ISiloBuilder builder, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseAdoNetClustering(options =>
        {
            options.Invariant = NpgsqlInvariant;
            options.ConnectionString = connectionString;
        });
    }

    /// <summary>Reminders in PostgreSQL through Orleans' ADO.NET reminder provider.</summary>
    public static ISiloBuilder UsePostgresReminderService(this ISiloBuilder builder, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseAdoNetReminderService(options =>
        {
            options.Invariant = NpgsqlInvariant;
            options.ConnectionString = connectionString;
        });
    }

    /// <summary>Applies pending schema migrations before anything else starts.</summary>
    public static ISiloBuilder AddPostgresMigrationsOnStart(this ISiloBuilder builder, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
            new PostgresMigrationsOnStart(connectionString, services.GetRequiredService<ILoggerFactory>()));
        return builder;
    }
}
