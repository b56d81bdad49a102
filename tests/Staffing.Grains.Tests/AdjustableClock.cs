namespace Staffing.Grains.Tests;

/// <summary>A clock tests move forward by hand, so time-based rules are tested without waiting.</summary>
public sealed class AdjustableClock : TimeProvider
{
    private long ticks = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
