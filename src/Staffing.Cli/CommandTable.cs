namespace Staffing.Cli;

/// <summary>The CLI's commands; each lives in its own file and returns an exit code.</summary>
public static class CommandTable
{
    /// <summary>Exit code for bad usage or invalid input (spec: 2).</summary>
    public const int UsageError = 2;

    private static readonly IReadOnlyList<ICliCommand> Commands =
    [
        new SolveCommand(),
        new BenchCommand(),
        new GenerateCommand(),
        new DbInitCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await WriteUsageAsync(args.Length == 0 ? stderr : stdout).ConfigureAwait(false);
            return args.Length == 0 ? UsageError : 0;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            await stderr.WriteLineAsync($"error: unknown command '{args[0]}'").ConfigureAwait(false);
            await WriteUsageAsync(stderr).ConfigureAwait(false);
            return UsageError;
        }

        try
        {
            var options = CommandLineArgs.Parse(args.Skip(1));
            return await command.RunAsync(options, stdout, stderr).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            await stderr.WriteLineAsync($"usage: staffing {command.Usage}").ConfigureAwait(false);
            return UsageError;
        }
    }

    private static async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("usage: staffing <command> [options]").ConfigureAwait(false);
        foreach (var command in Commands)
        {
            await writer.WriteLineAsync($"  {command.Usage}").ConfigureAwait(false);
            await writer.WriteLineAsync($"      {command.Summary}").ConfigureAwait(false);
        }
    }
}
