namespace Staffing.Scenarios;

/// <summary>Key-account tier of a client.</summary>
public enum Tier
{
    Diamond,
    Gold,
    Strategic,
    Ordinary,
}
