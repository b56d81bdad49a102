namespace Staffing.Generator;

/// <summary>
/// A seeded pseudo-random source (xoshiro256**, seeded by SplitMix64). Our own, so a seed gives
/// the same firm on every runtime version, which <see cref="Random"/> does not promise.
/// </summary>
internal sealed class Dice
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Dice(long seed)
    {
        var x = unchecked((ulong)seed);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A number in <c>0 .. maxExclusive-1</c>.</summary>
    public int Below(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>A number in <c>min .. maxInclusive</c>.</summary>
    public int Between(int min, int maxInclusive) => min + Below(maxInclusive - min + 1);

    /// <summary>A number in <c>[0, 1)</c>.</summary>
    public double Unit() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A number in <c>[min, max)</c>.</summary>
    public double Uniform(double min, double max) => min + (Unit() * (max - min));

    public bool Chance(double probability) => Unit() < probability;

    public T OneOf<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>An index drawn with probability proportional to its weight.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var target = Unit() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>
    /// An index drawn with probability proportional to its weight, given running totals of the
    /// weights (ascending): a binary search, for drawing many times from a long list.
    /// </summary>
    public int FromRunningTotals(IReadOnlyList<double> runningTotals)
    {
        var target = Unit() * runningTotals[^1];
        var (low, high) = (0, runningTotals.Count - 1);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (runningTotals[mid] > target)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            var z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private ulong NextUInt64()
    {
        unchecked
        {
            var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }
}
