using Staffing.Scenarios;

namespace Staffing.Solver.Problem;

/// <summary>One staff member, indexed, with the room left each week after leave and outside commitments.</summary>
internal sealed record PersonData(int Index, StaffMember Member, int[] Room, bool[] Available, int AvailableWeeks)
{
    public string Id => Member.Id;

    public bool IsPartner => Member.Grade == Grade.Partner;

    /// <summary>Smallest weekly room over weeks <paramref name="start"/>..<paramref name="end"/>.</summary>
    public int MinRoom(int start, int end)
    {
        var min = int.MaxValue;
        for (var w = start; w < end; w++)
        {
            min = Math.Min(min, Room[w]);
        }

        return min;
    }
}
