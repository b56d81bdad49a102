using Microsoft.Extensions.Logging.Abstractions;
using Staffing.Persistence.GrainStorage;
using Staffing.Persistence.Sqlite;
using Staffing.Persistence.Tests.Support;

namespace Staffing.Persistence.Tests.GrainStorage;

public sealed class SqliteGrainStorageTests : GrainStorageContract, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override async Task<RelationalGrainStorage> StorageAsync()
    {
        var storage = Create(_folder.File("state.db"));
        await storage.EnsureSchemaAsync(CancellationToken.None);
        return storage;
    }

    [Fact]
    public async Task Schema_set_up_creates_the_database_folder_and_uses_write_ahead_logging()
    {
        var path = Path.Combine(_folder.Path, "nested", "data", "staffing.db");
        var storage = Create(path);

        await storage.EnsureSchemaAsync(CancellationToken.None);

        Assert.True(File.Exists(path));
        await using var connection = await new SqliteDatabase(new SqliteStorageOptions { Path = path }).OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_second_storage_on_the_same_file_reads_what_the_first_wrote()
    {
        var path = _folder.File("shared.db");
        var writer = Create(path);
        await writer.EnsureSchemaAsync(CancellationToken.None);
        var grain = Orleans.Runtime.GrainId.Create("note", "shared");
        await writer.WriteStateAsync("note", grain, new Orleans.GrainState<Note>(new Note("kept", 3)));

        var reader = Create(path);
        await reader.EnsureSchemaAsync(CancellationToken.None);
        var read = new Orleans.GrainState<Note>();
        await reader.ReadStateAsync("note", grain, read);

        Assert.Equal(new Note("kept", 3), read.State);
    }

    private static SqliteGrainStorage Create(string path) => new(
        "test",
        new SqliteDatabase(new SqliteStorageOptions { Path = path }),
        new JsonTestSerializer(),
        new NewActivatorProvider(),
        TimeProvider.System,
        NullLogger<SqliteGrainStorage>.Instance);
}
