namespace Staffing.Host.Tests;

/// <summary>One host per test class: starting a silo is the slow part.</summary>
public sealed class StaffingHostFixture : IDisposable
{
    public StaffingHostFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
