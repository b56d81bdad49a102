namespace Staffing.Cli;

/// <summary>Bad command-line usage: reported with the command's usage line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
