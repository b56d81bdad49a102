namespace Staffing.Cli;

internal sealed class GenerateCommand : ICliCommand
{
    public string Name => "generate";

    public string Usage => "generate --out FILE [--staff N] [--seats N] [--weeks N] [--seed N]";

    public string Summary => "Write a realistic seeded scenario of the given size.";

    public async Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr)
    {
        await stderr.WriteLineAsync("error: 'generate' is not available in this build").ConfigureAwait(false);
        return 1;
    }
}
