namespace Staffing.Cli;

internal sealed class BenchCommand : ICliCommand
{
    public string Name => "bench";

    public string Usage => "bench [--scenarios FILE...] [--time-limit SECONDS]";

    public string Summary => "Solve benchmark scenarios and print a table of figures.";

    public async Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("error: 'bench' is not available in this build").ConfigureAwait(false);
        return 1;
    }
}
