namespace Staffing.Domain;

/// <summary>A person holding a seat: the seat's project and client, its load, and weeks <c>Start &lt;= w &lt; End</c>.</summary>
public sealed record Booking(string Seat, string Project, string Client, int Load, int Start, int End)
{
    public bool ActiveIn(int week) => week >= Start && week < End;
}
