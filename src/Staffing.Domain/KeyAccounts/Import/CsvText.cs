using System.Text;

namespace Staffing.Domain.KeyAccounts;

/// <summary>
/// RFC 4180 CSV: comma-separated, fields with commas, quotes or line breaks in double quotes, a quote inside
/// doubled. The first record is the header. Each record keeps the line it starts on, so errors can name it.
/// </summary>
public static class CsvText
{
    public static (CsvTable Table, IReadOnlyList<RowError> Errors) Parse(string text)
    {
        var records = new List<(int Line, List<string> Fields)>();
        var errors = new List<RowError>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    Flush();
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (quoted)
        {
            errors.Add(new RowError(start, null, "a quoted field is not closed"));
        }

        Flush();
        if (records.Count == 0)
        {
            errors.Add(new RowError(1, null, "the file is empty: a header line is required"));
            return (new CsvTable([], []), errors);
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var rows = records.Skip(1).Select(r => new CsvRow(r.Line, r.Fields)).ToList();
        return (new CsvTable(header, rows), errors);

        void Flush()
        {
            if (any || fields.Count > 0)
            {
                fields.Add(field.ToString());
                records.Add((start, fields));
            }

            fields = [];
            field.Clear();
            any = false;
        }
    }

    /// <summary>Writes a header and rows, quoting only fields that need it; lines end with <c>\n</c>.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', header.Select(Quote))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(Quote))).Append('\n');
        }

        return text.ToString();
    }

    private static string Quote(string? value)
    {
        value ??= string.Empty;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}

/// <summary>A parsed CSV file: the header's column names and the records after it.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<CsvRow> Rows);

/// <summary>One record and the line it starts on.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

/// <summary>One thing wrong with an import: the line (1 is the header), the column when one is at fault, and what.</summary>
public sealed record RowError(int Line, string? Column, string Message);
