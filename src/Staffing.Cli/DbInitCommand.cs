using System.Globalization;
using Npgsql;
using Staffing.Persistence.Postgres;

namespace Staffing.Cli;

/// <summary><c>db init</c>: brings a PostgreSQL database up to the current Staffing schema.</summary>
internal sealed class DbInitCommand : ICliCommand
{
    public string Name => "db";

    public string Usage => "db init --connection CONNECTION";

    public string Summary => "Apply the PostgreSQL schema migrations idempotently.";

    public async Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positional is not ["init"])
        {
            var given = args.Positional.Count == 0 ? "nothing" : $"'{string.Join(' ', args.Positional)}'";
            throw new UsageException($"expected 'db init', got {given} after 'db'");
        }

        var connectionString = args.Required("connection");
        args.RejectUnknown();

        NpgsqlDataSource dataSource;
        try
        {
            dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            // The message names the bad keyword, never the password.
            await stderr.WriteLineAsync($"error: --connection is not a valid PostgreSQL connection string: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (dataSource.ConfigureAwait(false))
        {
            IReadOnlyList<PostgresMigration> applied;
            try
            {
                applied = await new PostgresMigrator(dataSource).ApplyAsync().ConfigureAwait(false);
            }
            catch (NpgsqlException e)
            {
                await stderr.WriteLineAsync($"error: cannot apply the schema migrations: {e.Message}").ConfigureAwait(false);
                return 1;
            }

            foreach (var migration in applied)
            {
                await stdout.WriteLineAsync(
                    string.Create(CultureInfo.InvariantCulture, $"applied {migration.Version:D4} {migration.Name}")).ConfigureAwait(false);
            }

            var latest = PostgresMigration.Embedded[^1].Version;
            await stdout.WriteLineAsync(applied.Count == 0
                ? $"schema is up to date at version {latest}; nothing applied"
                : $"schema is now at version {latest}; applied {applied.Count} migration(s)").ConfigureAwait(false);
            return 0;
        }
    }
}
