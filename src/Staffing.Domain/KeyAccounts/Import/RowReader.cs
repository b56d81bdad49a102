using System.Globalization;
using System.Text.Json;

namespace Staffing.Domain.KeyAccounts;

/// <summary>Reads one CSV record's fields by column name, adding a <see cref="RowError"/> for each bad value.</summary>
public sealed class RowReader(CsvRow row, IReadOnlyDictionary<string, int> columns, List<RowError> errors)
{
    public int Line => row.Line;

    public void Fail(string column, string message) => errors.Add(new RowError(row.Line, column, message));

    /// <summary>The trimmed field, or null when the column is absent or the field empty.</summary>
    public string? Text(string column) =>
        columns.TryGetValue(column, out var i) && i < row.Fields.Count && row.Fields[i].Trim() is { Length: > 0 } value ? value : null;

    public string Required(string column)
    {
        var value = Text(column);
        if (value is null)
        {
            Fail(column, $"{column} is required");
        }

        return value ?? string.Empty;
    }

    public int? Int(string column, int min, int max, bool required = false)
    {
        var text = required ? NullIfEmpty(Required(column)) : Text(column);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Fail(column, $"{column} must be a whole number from {min} to {max}, was '{text}'");
            return null;
        }

        return value;
    }

    public decimal? Money(string column, bool required = false)
    {
        var text = required ? NullIfEmpty(Required(column)) : Text(column);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            Fail(column, $"{column} must be a non-negative amount like 1250000.50, was '{text}'");
            return null;
        }

        return value;
    }

    public DateOnly? Date(string column, string format)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            Fail(column, $"{column} must be a date as {format}, was '{text}'");
            return null;
        }

        return value;
    }

    public bool? Bool(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (!bool.TryParse(text, out var value))
        {
            Fail(column, $"{column} must be true or false, was '{text}'");
            return null;
        }

        return value;
    }

    /// <summary>An enum written in kebab case (<c>senior-manager</c>), as the scenario format writes them.</summary>
    public T? Enum<T>(string column, bool required = false)
        where T : struct, System.Enum
    {
        var text = required ? NullIfEmpty(Required(column)) : Text(column);
        if (text is null)
        {
            return null;
        }

        var match = System.Enum.GetValues<T>().Where(v => Kebab(v) == text.ToLowerInvariant()).Select(v => (T?)v).FirstOrDefault();
        if (match is null)
        {
            Fail(column, $"{column} must be one of {string.Join(", ", System.Enum.GetValues<T>().Select(Kebab))}, was '{text}'");
        }

        return match;
    }

    public static string Kebab<T>(T value)
        where T : struct, System.Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
