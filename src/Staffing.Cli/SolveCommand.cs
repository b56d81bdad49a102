namespace Staffing.Cli;

internal sealed class SolveCommand : ICliCommand
{
    public string Name => "solve";

    public string Usage => "solve --scenario FILE --out FILE [--time-limit SECONDS] [--workers N] [--seed N] [--repair]";

    public string Summary => "Staff a scenario: write the plan (exit 0 plan, 2 invalid input, 3 infeasible/unknown).";

    public async Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("error: 'solve' is not available in this build").ConfigureAwait(false);
        return 1;
    }
}
