namespace Staffing.Generator.Building;

/// <summary>
/// Staffs today's teams: most seats of ongoing work (starting in the first weeks) and a few later
/// ones are already held by a qualified person whose week has room for them. A given dedicated
/// partner holds seats of their own client only, usually its engagement leads.
/// </summary>
internal static class CurrentTeams
{
    private const double OngoingHeld = 0.75;
    private const double LaterHeld = 0.15;
    private const int LookAt = 80;

    public static void Assign(Dice dice, IReadOnlyList<ProjectDraft> projects, StaffIndex index, CapacityBook book)
    {
        foreach (var project in projects)
        {
            foreach (var seat in project.Seats)
            {
                if (dice.Chance(seat.Start <= 1 ? OngoingHeld : LaterHeld))
                {
                    var holder = Holder(dice, seat, index, book);
                    if (holder is not null)
                    {
                        Hold(seat, holder, book);
                    }
                }
            }
        }
    }

    private static PersonDraft? Holder(Dice dice, SeatDraft seat, StaffIndex index, CapacityBook book)
    {
        var project = seat.Project;
        if (seat.IsLead && project.Client.DedicatedPartner is { } partner && dice.Chance(0.7) && CanHold(seat, partner, book))
        {
            return partner;
        }

        // Teams are mostly local; a remote project takes anyone.
        return index.QualifiedFrom(dice, seat, LookAt)
                .FirstOrDefault(p => (project.Remote || p.Region == project.Region) && CanHold(seat, p, book))
            ?? index.QualifiedFrom(dice, seat, LookAt).FirstOrDefault(p => CanHold(seat, p, book));
    }

    private static bool CanHold(SeatDraft seat, PersonDraft person, CapacityBook book) =>
        seat.Qualifies(person)
        && (person.DedicatedTo is null || person.DedicatedTo == seat.Project.Client)
        && !seat.Project.Members.Contains(person)
        && book.Fits(person, seat.Start, seat.End, seat.Load);

    private static void Hold(SeatDraft seat, PersonDraft person, CapacityBook book)
    {
        seat.Holder = person;
        person.Current.Add(seat);
        seat.Project.Members.Add(person);
        book.Book(person, seat.Start, seat.End, seat.Load);
    }
}
