using System.Text.Json;
using Staffing.Scenarios;

namespace Staffing.Cli;

/// <summary>Reads a scenario file for <c>solve</c> and <c>bench</c>, turning every way it can be unreadable into an input error.</summary>
internal static class SolveInput
{
    public static async Task<(Scenario? Scenario, InputError? Error)> ReadAsync(string path)
    {
        if (!File.Exists(path))
        {
            return (null, new InputError("$", $"scenario file '{path}' does not exist"));
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return (await ScenarioJson.ReadScenarioAsync(stream).ConfigureAwait(false), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : string.Empty;
            var message = e.Message.Split(" Path:", 2)[0];
            return (null, new InputError(e.Path ?? "$", $"malformed scenario JSON{where}: {message}"));
        }
        catch (IOException e)
        {
            return (null, new InputError("$", $"cannot read scenario file '{path}': {e.Message}"));
        }
        catch (UnauthorizedAccessException e)
        {
            return (null, new InputError("$", $"cannot read scenario file '{path}': {e.Message}"));
        }
    }
}
