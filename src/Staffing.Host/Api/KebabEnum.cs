using System.Text.Json;

namespace Staffing.Host.Api;

/// <summary>
/// Query-string enums in the API's kebab-case spelling ("diamond", "senior-manager"); minimal APIs bind enums
/// only by their C# names, so these are read as text and checked here.
/// </summary>
public static class KebabEnum
{
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The value named by <paramref name="text"/>, or null (with an error for <paramref name="field"/> when the name is unknown).</summary>
    public static T? Parse<T>(string? text, string field, IDictionary<string, string[]> errors) where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Name(value), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        errors[field] = [$"{field} must be one of {string.Join(", ", Enum.GetValues<T>().Select(Name))}"];
        return null;
    }
}
