using System.Globalization;

namespace Staffing.Cli;

/// <summary>
/// <c>--name value</c> options and <c>--flag</c> switches, with typed, checked access. An option may be
/// given several times only where the command reads it as a list (<see cref="All"/>).
/// </summary>
public sealed class CommandLineArgs
{
    private readonly Dictionary<string, List<string?>> _values;
    private readonly HashSet<string> _read = [];

    private CommandLineArgs(Dictionary<string, List<string?>> values, List<string> positional)
    {
        _values = values;
        Positional = positional;
    }

    /// <summary>Arguments that are not options, in order (e.g. <c>init</c> in <c>db init</c>).</summary>
    public IReadOnlyList<string> Positional { get; }

    public static CommandLineArgs Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        var positional = new List<string>();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            string? value = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = list[++i];
            }

            if (!values.TryGetValue(name, out var given))
            {
                values[name] = given = [];
            }

            given.Add(value);
        }

        return new CommandLineArgs(values, positional);
    }

    public bool Flag(string name)
    {
        if (!TrySingle(name, out var value))
        {
            return false;
        }

        return value is null ? true : throw new UsageException($"--{name} takes no value");
    }

    public string? Optional(string name)
    {
        if (!TrySingle(name, out var value))
        {
            return null;
        }

        return value ?? throw new UsageException($"--{name} needs a value");
    }

    /// <summary>Every value of a repeatable option, each split at commas (<c>--x a,b --x c</c> is a, b, c).</summary>
    public IReadOnlyList<string> All(string name)
    {
        _read.Add(name);
        if (!_values.TryGetValue(name, out var given))
        {
            return [];
        }

        return [.. given.SelectMany(value => (value ?? throw new UsageException($"--{name} needs a value"))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }

    public string Required(string name) =>
        Optional(name) ?? throw new UsageException($"--{name} is required");

    public int Int(string name, int defaultValue, int min = int.MinValue, int max = int.MaxValue) =>
        (int)Double(name, defaultValue, min, max, integer: true);

    public double Double(string name, double defaultValue, double min = double.MinValue, double max = double.MaxValue) =>
        Double(name, defaultValue, min, max, integer: false);

    /// <summary>Fails on any option the command never asked for, so typos do not pass silently.</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown option{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => "--" + u))}");
        }
    }

    private bool TrySingle(string name, out string? value)
    {
        _read.Add(name);
        value = null;
        if (!_values.TryGetValue(name, out var given))
        {
            return false;
        }

        if (given.Count > 1)
        {
            throw new UsageException($"option --{name} given twice");
        }

        value = given[0];
        return true;
    }

    private double Double(string name, double defaultValue, double min, double max, bool integer)
    {
        var text = Optional(name);
        if (text is null)
        {
            return defaultValue;
        }

        var style = integer ? NumberStyles.Integer : NumberStyles.Float;
        if (!double.TryParse(text, style, CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value) || value < min || value > max)
        {
            var kind = integer ? "a whole number" : "a number";
            throw new UsageException(
                $"--{name} must be {kind} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
        }

        return value;
    }
}
