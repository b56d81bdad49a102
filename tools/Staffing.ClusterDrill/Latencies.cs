using System.Globalization;

namespace Staffing.ClusterDrill;

/// <summary>Latencies of one kind of request, merged from every worker; percentiles by nearest rank.</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = [];
    private readonly Dictionary<int, int> _statuses = [];

    public void Add(double ms, int status)
    {
        lock (_ms)
        {
            _ms.Add(ms);
            _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        }
    }

    public int Count => _ms.Count;

    public int CountOf(Func<int, bool> status) => _statuses.Where(kv => status(kv.Key)).Sum(kv => kv.Value);

    public double Percentile(double p)
    {
        if (_ms.Count == 0)
        {
            return double.NaN;
        }

        _ms.Sort();
        var rank = (int)Math.Ceiling(p / 100 * _ms.Count) - 1;
        return _ms[Math.Clamp(rank, 0, _ms.Count - 1)];
    }

    public string Statuses => string.Join(", ", _statuses.OrderBy(kv => kv.Key)
        .Select(kv => $"{(kv.Key == 0 ? "no answer" : kv.Key.ToString(CultureInfo.InvariantCulture))}: {kv.Value}"));
}
