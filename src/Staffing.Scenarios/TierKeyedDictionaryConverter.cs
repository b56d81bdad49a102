using System.Text.Json;
using System.Text.Json.Serialization;

namespace Staffing.Scenarios;

/// <summary>Reads <c>{"diamond": 1000000, ...}</c> into a tier-keyed dictionary with kebab-case keys.</summary>
internal sealed class TierKeyedDictionaryConverter : JsonConverter<IReadOnlyDictionary<Tier, long>>
{
    public override IReadOnlyDictionary<Tier, long> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected an object of tier -> weight");
        }

        var result = new Dictionary<Tier, long>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? string.Empty;
            if (!Enum.TryParse<Tier>(name, ignoreCase: true, out var tier) || int.TryParse(name, out _))
            {
                throw new JsonException($"unknown tier '{name}'");
            }

            reader.Read();
            result[tier] = reader.GetInt64();
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<Tier, long> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (tier, weight) in value)
        {
            writer.WriteNumber(JsonNamingPolicy.KebabCaseLower.ConvertName(tier.ToString()), weight);
        }

        writer.WriteEndObject();
    }
}
