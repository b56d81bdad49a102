using System.Diagnostics;

namespace Staffing.ClusterDrill;

/// <summary>Runs an operator command (stopping or starting PostgreSQL) through /bin/sh and waits for it.</summary>
internal static class ShellCommand
{
    public static async Task<bool> RunAsync(string command, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        using var process = Process.Start(info)!;
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return process.ExitCode == 0;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }
    }
}
