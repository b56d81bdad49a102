using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans;
using Orleans.Runtime;
using Staffing.Persistence.Hosting;

namespace Staffing.Persistence.Postgres;

/// <summary>
/// Applies the schema migrations as the very first start-up step, before clustering
/// reads its queries from the database.
/// </summary>
internal sealed class PostgresMigrationsOnStart(string connectionString, ILoggerFactory loggers)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresMigrationsOnStart), ServiceLifecycleStage.First, ApplyAsync);

    private async Task ApplyAsync(CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var migrator = new PostgresMigrator(dataSource, loggers.CreateLogger<PostgresMigrator>());
        try
        {
            await migrator.ApplyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"Cannot apply the PostgreSQL schema migrations to the database in {StorageConfigKeys.PostgresConnectionString}: {e.Message}",
                e);
        }
    }
}
