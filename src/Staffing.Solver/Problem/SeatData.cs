using Staffing.Scenarios;

namespace Staffing.Solver.Problem;

/// <summary>One seat, indexed: everything the rules and terms read about it.</summary>
internal sealed record SeatData(
    int Index,
    Seat Seat,
    Project Project,
    int ProjectIndex,
    int ClientIndex,
    Tier Tier,
    int FixedPerson,
    int CurrentHolder)
{
    public string Id => Seat.Id;

    public int Load => Seat.Load;

    public int Start => Seat.Start;

    public int End => Seat.End;

    public long Effort => Seat.Effort;
}
