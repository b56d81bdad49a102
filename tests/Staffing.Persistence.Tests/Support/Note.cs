namespace Staffing.Persistence.Tests.Support;

/// <summary>A grain state record for storage tests.</summary>
public sealed record Note(string Text, int Revision)
{
    public Note()
        : this("", 0)
    {
    }
}
