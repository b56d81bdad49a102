using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Staffing.Persistence.GrainStorage;
using Staffing.Persistence.Tests.Support;

namespace Staffing.Persistence.Tests.GrainStorage;

public sealed class PostgresGrainStorageTests(MigratedPostgresDatabase database)
    : GrainStorageContract, IClassFixture<MigratedPostgresDatabase>, IAsyncDisposable
{
    private NpgsqlDataSource? _dataSource;

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    protected override async Task<RelationalGrainStorage> StorageAsync()
    {
        _dataSource = NpgsqlDataSource.Create(database.Require());
        var storage = new PostgresGrainStorage(
            "test",
            _dataSource,
            new JsonTestSerializer(),
            new NewActivatorProvider(),
            TimeProvider.System,
            NullLogger<PostgresGrainStorage>.Instance);
        await storage.EnsureSchemaAsync(CancellationToken.None);
        return storage;
    }

    [SkippableFact]
    public async Task Start_up_names_the_fix_when_the_schema_was_never_applied()
    {
        database.Require();
        var (connectionString, reason) = await PostgresServer.CreateDatabaseAsync("empty");
        PostgresServer.Require(reason);
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString!);
            var storage = new PostgresGrainStorage(
                "test", dataSource, new JsonTestSerializer(), new NewActivatorProvider(), TimeProvider.System,
                NullLogger<PostgresGrainStorage>.Instance);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.EnsureSchemaAsync(CancellationToken.None));

            Assert.Contains("staffing db init", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString!);
        }
    }
}
