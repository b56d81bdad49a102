namespace Staffing.Scenarios;

/// <summary>Weeks <c>Start &lt;= w &lt; End</c>.</summary>
public sealed record WeekRange(int Start, int End)
{
    public bool Contains(int week) => week >= Start && week < End;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}

/// <summary>Load already booked outside the scenario, in percent of a full week.</summary>
public sealed record Commitment(int Start, int End, int Load);
