namespace Staffing.Cli;

internal sealed class DbInitCommand : ICliCommand
{
    public string Name => "db";

    public string Usage => "db init --connection CONNECTION";

    public string Summary => "Apply the PostgreSQL schema migrations idempotently.";

    public async Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("error: 'db-init' is not available in this build").ConfigureAwait(false);
        return 1;
    }
}
