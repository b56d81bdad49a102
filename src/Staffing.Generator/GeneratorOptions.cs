namespace Staffing.Generator;

/// <summary>The size and seed of a generated firm; the same options always give the same firm.</summary>
public sealed record GeneratorOptions
{
    public const int MinStaff = 10;
    public const int MaxStaff = 50_000;
    public const int MinSeats = 1;
    public const int MaxSeats = 200_000;
    public const int MinWeeks = 1;
    public const int MaxWeeks = 520;
    public const int MinClients = 1;
    public const int MaxClients = 10_000;

    public int Seed { get; init; } = 1;

    public int Staff { get; init; } = 300;

    /// <summary>Seats to create across all projects (met exactly); projects hold about six seats each.</summary>
    public int Seats { get; init; } = 360;

    public int Weeks { get; init; } = 26;

    public int Clients { get; init; } = 30;

    /// <summary>The demo firm: about 30 clients in all four tiers, 300 staff in four regions, 60 projects, 26 weeks.</summary>
    public static GeneratorOptions Demo { get; } = new();

    /// <summary>A firm at scale: 5,000 staff, 15,000 seats, 52 weeks, 400 clients.</summary>
    public static GeneratorOptions Large { get; } = new() { Staff = 5_000, Seats = 15_000, Weeks = 52, Clients = 400 };

    public static IReadOnlyList<string> PresetNames { get; } = ["demo", "large"];

    /// <summary>The preset of that name (<c>demo</c> or <c>large</c>), or null.</summary>
    public static GeneratorOptions? Preset(string name) => name switch
    {
        "demo" => Demo,
        "large" => Large,
        _ => null,
    };

    /// <summary>Every option out of range, as sentences; empty when the options are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(problems, "staff", Staff, MinStaff, MaxStaff);
        Check(problems, "seats", Seats, MinSeats, MaxSeats);
        Check(problems, "weeks", Weeks, MinWeeks, MaxWeeks);
        Check(problems, "clients", Clients, MinClients, MaxClients);
        if (Seed < 0)
        {
            problems.Add($"seed must not be negative, not {Seed}");
        }

        return problems;
    }

    private static void Check(List<string> problems, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add($"{name} must be from {min} to {max}, not {value}");
        }
    }
}
