namespace Staffing.Solver;

/// <summary>Writes sorted week numbers as spans, e.g. <c>3-7, 10</c>.</summary>
internal static class WeekSpans
{
    public static string Describe(IEnumerable<int> weeks)
    {
        var spans = new List<string>();
        int? from = null, last = null;
        foreach (var w in weeks.Order())
        {
            if (last is { } l && w == l + 1)
            {
                last = w;
                continue;
            }

            Flush();
            from = last = w;
        }

        Flush();
        return string.Join(", ", spans);

        void Flush()
        {
            if (from is { } f && last is { } t)
            {
                spans.Add(f == t ? $"{f}" : $"{f}-{t}");
            }
        }
    }
}
