using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Staffing.Persistence.GrainStorage;
using Staffing.Persistence.Reminders;
using Staffing.Persistence.Sqlite;

namespace Staffing.Persistence.Hosting;

/// <summary>Registers the embedded SQLite stores on a silo.</summary>
public static class SqliteSiloBuilderExtensions
{
    /// <summary>Options name of the reminder table's database settings.</summary>
    public const string RemindersOptionsName = "SqliteReminders";

    /// <summary>Adds grain storage <paramref name="name"/> kept in a SQLite file.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(
        this ISiloBuilder builder, string name, Action<SqliteStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var options = builder.Services.AddOptions<SqliteStorageOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.AddGrainStorage(name, (services, key) => new SqliteGrainStorage(
            key,
            new SqliteDatabase(services.GetRequiredService<IOptionsMonitor<SqliteStorageOptions>>().Get(key)),
            GrainStorageSerializer.For(services, key),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetRequiredService<ILogger<SqliteGrainStorage>>()));
        return builder;
    }

    /// <summary>Keeps reminders in a SQLite file so they survive restarts of a single silo.</summary>
    public static ISiloBuilder UseSqliteReminderService(
        this ISiloBuilder builder, Action<SqliteStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddReminders();
        var options = builder.Services.AddOptions<SqliteStorageOptions>(RemindersOptionsName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.AddSingleton<IReminderTable>(services => new SqliteReminderTable(
            new SqliteDatabase(services.GetRequiredService<IOptionsMonitor<SqliteStorageOptions>>().Get(RemindersOptionsName)),
            services.GetRequiredService<IOptions<ClusterOptions>>(),
            services.GetRequiredService<ILogger<SqliteReminderTable>>()));
        return builder;
    }
}
