namespace Staffing.Host.Demo;

/// <summary>Configuration section <c>Demo</c>: whether an empty store gets the demo firm, and its random seed.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; } = true;

    public int RandomSeed { get; set; } = 7;
}
