namespace Staffing.Domain;

/// <summary>
/// Decides whether a change fits a person's weekly capacity. A week's load is the sum of commitments, bookings,
/// bookings still pending in other proposals, and the partner duty (not in leave weeks); a leave week has no
/// capacity. Only weeks that receive new load are judged: a week already overloaded by earlier commitments
/// refuses anything new but is not itself a clash. Re-booking a seat on identical terms adds nothing and
/// always fits, so retries are safe.
/// </summary>
public static class StaffCalendar
{
    /// <summary>The load of <paramref name="person"/> in <paramref name="week"/>, pending bookings included.</summary>
    public static int LoadIn(StaffMember person, int week, IReadOnlyCollection<Booking>? pending = null)
    {
        var load = person.Commitments.Where(c => week >= c.Start && week < c.End).Sum(c => c.Load)
            + person.Bookings.Where(b => b.ActiveIn(week)).Sum(b => b.Load)
            + (pending ?? []).Where(b => b.ActiveIn(week)).Sum(b => b.Load);
        return person.Duty is { } duty && !person.OnLeave(week) ? load + duty.Load : load;
    }

    /// <summary>Capacity in <paramref name="week"/>: none on leave.</summary>
    public static int CapacityIn(StaffMember person, int week) => person.OnLeave(week) ? 0 : person.Capacity;

    /// <summary>Applies <paramref name="change"/> if it fits; otherwise names every clash and leaves the person as is.</summary>
    public static CalendarDecision Decide(StaffMember person, StaffChange change, IReadOnlyCollection<Booking>? pending = null)
    {
        pending ??= [];
        var (after, added) = Prepare(person, change);
        var clashes = new List<Clash>();
        foreach (var booking in added)
        {
            var weeks = Enumerable.Range(booking.Start, booking.End - booking.Start)
                .Select(w => Judge(after, w, booking.Load, booking.Seat, pending))
                .OfType<WeekClash>()
                .ToList();
            if (weeks.Count > 0)
            {
                clashes.Add(new Clash(person.Id, booking.Seat, weeks));
            }
        }

        var duty = after.Duty;
        var dutyIncrease = (duty?.Load ?? 0) - (person.Duty?.Load ?? 0);
        if (duty is not null && dutyIncrease > 0)
        {
            var weeks = Enumerable.Range(0, LastBusyWeek(after, pending) + 2)
                .Where(w => !after.OnLeave(w))
                .Select(w => Judge(after, w, duty.Load, null, pending))
                .OfType<WeekClash>()
                .ToList();
            if (weeks.Count > 0)
            {
                clashes.Add(new Clash(person.Id, $"partner duty for {duty.Client} at {duty.Load}%", weeks));
            }
        }

        return clashes.Count == 0 ? new CalendarDecision(true, after, []) : new CalendarDecision(false, person, clashes);
    }

    /// <summary>The person after <paramref name="change"/>, without judging capacity (a change already reserved, or loaded as fact).</summary>
    public static StaffMember Apply(StaffMember person, StaffChange change) => Prepare(person, change).After;

    private static (StaffMember After, List<Booking> Added) Prepare(StaffMember person, StaffChange change)
    {
        var repeated = change.Book.GroupBy(b => b.Seat).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new DomainException($"{person.Id}: seat {repeated.Key} is booked twice in one change");
        }

        var kept = person.Bookings.Where(b => !change.Release.Contains(b.Seat)).ToList();
        var added = new List<Booking>();
        foreach (var booking in change.Book)
        {
            Validate(person.Id, booking);
            var existing = kept.FirstOrDefault(b => b.Seat == booking.Seat);
            if (existing == booking)
            {
                continue;
            }

            if (existing is not null)
            {
                kept.Remove(existing);
            }

            added.Add(booking);
        }

        var duty = change.ChangesDuty ? change.Duty : person.Duty;
        if (duty is { Load: < 1 or > 100 })
        {
            throw new DomainException($"{person.Id}: partner load must be 1..100, was {duty.Load}");
        }

        return (person with { Bookings = [.. kept, .. added], Duty = duty }, added);
    }

    private static void Validate(string staffId, Booking booking)
    {
        if (booking.Load is < 1 or > 100)
        {
            throw new DomainException($"{staffId}: seat {booking.Seat} load must be 1..100, was {booking.Load}");
        }

        if (booking.Start < 0 || booking.End <= booking.Start)
        {
            throw new DomainException($"{staffId}: seat {booking.Seat} weeks {booking.Start}..{booking.End} are not a range");
        }
    }

    /// <summary>The week clash if adding <paramref name="requested"/> (already in <paramref name="after"/>) overruns week <paramref name="week"/>.</summary>
    private static WeekClash? Judge(StaffMember after, int week, int requested, string? requestedSeat, IReadOnlyCollection<Booking> pending)
    {
        var capacity = CapacityIn(after, week);
        var existing = LoadIn(after, week, pending) - requested;
        if (existing + requested <= capacity)
        {
            return null;
        }

        var causes = new List<ClashCause>();
        causes.AddRange(after.Leave.Where(r => r.Contains(week)).Select(r => new ClashCause(ClashCauseKind.Leave, null, 0, r.Start, r.End)));
        causes.AddRange(after.Commitments.Where(c => week >= c.Start && week < c.End)
            .Select(c => new ClashCause(ClashCauseKind.Commitment, null, c.Load, c.Start, c.End)));
        causes.AddRange(after.Bookings.Where(b => b.ActiveIn(week) && b.Seat != requestedSeat)
            .Select(b => new ClashCause(ClashCauseKind.Booking, b.Seat, b.Load, b.Start, b.End)));
        causes.AddRange(pending.Where(b => b.ActiveIn(week))
            .Select(b => new ClashCause(ClashCauseKind.PendingBooking, b.Seat, b.Load, b.Start, b.End)));
        if (after.Duty is { } duty && requestedSeat is not null && !after.OnLeave(week))
        {
            causes.Add(new ClashCause(ClashCauseKind.PartnerDuty, duty.Client, duty.Load, 0, 0));
        }

        return new WeekClash(week, capacity, existing, requested, causes);
    }

    private static int LastBusyWeek(StaffMember person, IReadOnlyCollection<Booking> pending) =>
        person.Bookings.Select(b => b.End - 1)
            .Concat(pending.Select(b => b.End - 1))
            .Concat(person.Commitments.Select(c => c.End - 1))
            .Concat(person.Leave.Select(r => r.End - 1))
            .DefaultIfEmpty(0)
            .Max();
}

/// <summary>The outcome of <see cref="StaffCalendar.Decide"/>: the person after the change when it fits, else the clashes.</summary>
public sealed record CalendarDecision(bool Fits, StaffMember After, IReadOnlyList<Clash> Clashes);
