using System.Text.Json;
using System.Text.Json.Serialization;

namespace Staffing.Scenarios;

/// <summary>Reads and writes scenarios and plans in the spec's JSON (camelCase, kebab-case enums).</summary>
public static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions(indented: true);

    public static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    public static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            // Integers only, as the spec says; "12" as a string is an error, not a number.
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new TierKeyedDictionaryConverter());
        return options;
    }

    /// <summary>Parses a scenario; throws <see cref="JsonException"/> (with its path) on malformed JSON.</summary>
    public static Scenario ReadScenario(string json) =>
        JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new JsonException("the scenario is null");

    public static async Task<Scenario> ReadScenarioAsync(Stream stream, CancellationToken cancellationToken = default) =>
        await JsonSerializer.DeserializeAsync<Scenario>(stream, Options, cancellationToken).ConfigureAwait(false)
        ?? throw new JsonException("the scenario is null");

    public static Plan ReadPlan(string json) =>
        JsonSerializer.Deserialize<Plan>(json, Options) ?? throw new JsonException("the plan is null");

    public static string Write(Scenario scenario) => JsonSerializer.Serialize(scenario, Options);

    public static string Write(Plan plan) => JsonSerializer.Serialize(plan, Options);
}
