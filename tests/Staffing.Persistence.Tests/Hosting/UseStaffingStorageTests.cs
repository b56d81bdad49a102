namespace Staffing.Persistence.Tests.Hosting;

public sealed class UseStaffingStorageTests
{
    [Fact]
    public async Task An_unknown_provider_stops_start_up_with_the_key_to_fix()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => StaffingSilo.StartAsync(("Storage:Provider", "Cassandra")));

        Assert.Equal("Storage:Provider is 'Cassandra'; expected one of Sqlite, Postgres, Memory.", error.Message);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_stops_start_up_naming_the_connection_string_key()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StaffingSilo.StartAsync(
            ("Storage:Provider", "Postgres"),
            ("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Username=staffing;Timeout=5")));

        var cause = Assert.IsType<InvalidOperationException>(Chain(error).Single(e => e is InvalidOperationException));
        Assert.StartsWith(
            "Cannot apply the PostgreSQL schema migrations to the database in ConnectionStrings:Postgres:",
            cause.Message,
            StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
