namespace Staffing.Host.Demo;

/// <summary>Configuration section <c>Demo</c>: whether an empty store gets the demo firm, and its random seed.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; } = true;

    public int RandomSeed { get; set; } = 7;

    /// <summary>Every demo account's password; the README lists the accounts.</summary>
    public const string Password = "demo";
}
