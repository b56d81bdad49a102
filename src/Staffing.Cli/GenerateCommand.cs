using System.Globalization;
using Staffing.Generator;
using Staffing.Scenarios;

namespace Staffing.Cli;

internal sealed class GenerateCommand : ICliCommand
{
    public string Name => "generate";

    public string Usage =>
        "generate --out FILE [--preset demo|large] [--staff N] [--seats N] [--weeks N] [--clients N] [--seed N] [--revenue-out FILE]";

    public string Summary => "Write a realistic seeded scenario (and optionally the clients' revenue history).";

    public async Task<int> RunAsync(CommandLineArgs args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options(args, out var scenarioFile, out var revenueFile);
        var firm = ScenarioGenerator.Generate(options);
        try
        {
            await File.WriteAllTextAsync(scenarioFile, ScenarioJson.Write(firm.Scenario)).ConfigureAwait(false);
            if (revenueFile is not null)
            {
                await File.WriteAllTextAsync(revenueFile, FirmJson.WriteRevenue(firm.Revenue)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: cannot write the output: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        var s = firm.Scenario;
        await stdout.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"generated {s.Clients.Count} clients, {s.Projects.Count} projects, {s.AllSeats().Count()} seats, {s.Staff.Count} staff, {s.Weeks} weeks (seed {options.Seed}) -> {scenarioFile}")).ConfigureAwait(false);
        return 0;
    }

    private static GeneratorOptions Options(CommandLineArgs args, out string scenarioFile, out string? revenueFile)
    {
        scenarioFile = args.Required("out");
        revenueFile = args.Optional("revenue-out");
        var presetName = args.Optional("preset") ?? "demo";
        var preset = GeneratorOptions.Preset(presetName)
            ?? throw new UsageException($"--preset must be one of {string.Join(", ", GeneratorOptions.PresetNames)}, not '{presetName}'");
        var options = preset with
        {
            Staff = args.Int("staff", preset.Staff, GeneratorOptions.MinStaff, GeneratorOptions.MaxStaff),
            Seats = args.Int("seats", preset.Seats, GeneratorOptions.MinSeats, GeneratorOptions.MaxSeats),
            Weeks = args.Int("weeks", preset.Weeks, GeneratorOptions.MinWeeks, GeneratorOptions.MaxWeeks),
            Clients = args.Int("clients", preset.Clients, GeneratorOptions.MinClients, GeneratorOptions.MaxClients),
            Seed = args.Int("seed", preset.Seed, 0),
        };
        args.RejectUnknown();
        if (args.Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument '{args.Positional[0]}'");
        }

        if (revenueFile is not null && Path.GetFullPath(revenueFile) == Path.GetFullPath(scenarioFile))
        {
            throw new UsageException("--revenue-out must name a different file than --out");
        }

        var problems = options.Problems();
        return problems.Count == 0 ? options : throw new UsageException(problems[0]);
    }
}
