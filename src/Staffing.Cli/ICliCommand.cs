namespace Staffing.Cli;

/// <summary>One subcommand of the <c>staffing</c> CLI.</summary>
public interface ICliCommand
{
    string Name { get; }

    /// <summary>One line: the command and its options, e.g. <c>solve --scenario FILE --out FILE</c>.</summary>
    string Usage { get; }

    string Summary { get; }

    /// <summary>Runs the command; throws <see cref="UsageException"/> for bad options.</summary>
    Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr);
}
