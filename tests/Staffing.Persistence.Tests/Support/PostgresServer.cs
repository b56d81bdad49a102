using Npgsql;

namespace Staffing.Persistence.Tests.Support;

/// <summary>
/// The PostgreSQL server named by <c>STAFFING_TEST_POSTGRES</c>. Without it the tests are
/// skipped with the reason, unless <c>STAFFING_REQUIRE_POSTGRES=1</c> makes them fail.
/// Every caller gets a database of its own, dropped afterwards.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionVariable = "STAFFING_TEST_POSTGRES";
    public const string RequireVariable = "STAFFING_REQUIRE_POSTGRES";

    public static string? BaseConnectionString => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Skips (or, when required, fails) the calling test when there is no usable server.</summary>
    public static void Require(string? unavailableReason)
    {
        if (unavailableReason is null)
        {
            return;
        }

        if (Required)
        {
            throw new InvalidOperationException($"{RequireVariable}=1 but {unavailableReason}");
        }

        Skip.If(true, unavailableReason);
    }

    /// <summary>Creates an empty database; returns its connection string, or the reason there is none.</summary>
    public static async Task<(string? ConnectionString, string? UnavailableReason)> CreateDatabaseAsync(string purpose)
    {
        if (BaseConnectionString is null)
        {
            return (null, $"{ConnectionVariable} is not set (run 'source .ci/start-postgres.sh' to get a server)");
        }

        var name = $"staffing_{purpose}_{Guid.NewGuid():N}"[..Math.Min(63, 22 + purpose.Length)].ToLowerInvariant();
        try
        {
            await using var connection = new NpgsqlConnection(BaseConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return (null, $"the PostgreSQL server in {ConnectionVariable} cannot be used: {e.Message}");
        }

        var builder = new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = name };
        return (builder.ConnectionString, null);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(BaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
