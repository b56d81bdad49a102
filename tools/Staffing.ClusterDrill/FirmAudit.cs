namespace Staffing.ClusterDrill;

/// <summary>What the firm must look like after the faults: holders and bookings agree, nobody over capacity.</summary>
internal static class FirmAudit
{
    /// <summary>Person-weeks where a booked person carries more than their capacity, as "person@week".</summary>
    public static HashSet<string> Overloaded(FirmSnapshot firm) =>
        firm.Staff.Values.SelectMany(p => p.OverloadedWeeks().Select(w => $"{p.Id}@{w}")).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Half-applied changes: a project names a holder who has no booking for the seat, or a person holds a booking
    /// for a seat its project gives to someone else (or nobody).
    /// </summary>
    public static List<string> HalfApplied(FirmSnapshot firm)
    {
        var problems = new List<string>();
        foreach (var project in firm.Projects.Values)
        {
            foreach (var (seat, holder) in project.Holders)
            {
                if (!firm.Staff.TryGetValue(holder, out var person) || !person.Bookings.Any(b => b.Seat == seat && b.Project == project.Id))
                {
                    problems.Add($"{project.Id}/{seat} names {holder}, who has no booking for it");
                }
            }
        }

        foreach (var person in firm.Staff.Values)
        {
            foreach (var booking in person.Bookings)
            {
                var holder = firm.Projects.TryGetValue(booking.Project, out var project) ? project.Holders.GetValueOrDefault(booking.Seat) : null;
                if (holder != person.Id)
                {
                    problems.Add($"{person.Id} is booked on {booking.Project}/{booking.Seat}, held by {holder ?? "nobody"}");
                }
            }
        }

        return problems;
    }
}
