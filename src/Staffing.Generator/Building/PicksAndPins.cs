using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>
/// Adds a resource manager's pins (a current holder locked in place) and diamond clients' picks
/// (a named person from any region). Every pick and pin is honourable together with the others:
/// the person is booked in the capacity book, is free of leave in those weeks, holds one seat of
/// the project, is not returned by the client and is nobody's given dedicated partner. Partners
/// are never picked or pinned, so enough of them stay free to be chosen as dedicated partners.
/// </summary>
internal static class PicksAndPins
{
    private const double PinnedShare = 0.02;
    private const double PickedShare = 0.08;
    private const double PickOfHolder = 0.3;
    private const int LookAt = 200;

    public static void Assign(Dice dice, IReadOnlyList<ProjectDraft> projects, IReadOnlyList<ClientDraft> clients, StaffIndex index, CapacityBook book)
    {
        foreach (var seat in projects.SelectMany(p => p.Seats))
        {
            if (seat.Holder is { } holder && CanBeFixed(seat, holder) && dice.Chance(PinnedShare))
            {
                seat.Pinned = holder;
            }
        }

        foreach (var client in clients.Where(c => c.Tier == Tier.Diamond))
        {
            var seats = client.Projects.SelectMany(p => p.Seats).Where(s => !s.IsLead && s.Pinned is null).ToList();
            var picked = 0;
            foreach (var seat in seats)
            {
                if (dice.Chance(PickedShare) && TryPick(dice, seat, index, book))
                {
                    picked++;
                }
            }

            // Every diamond client names at least one person when it can.
            for (var i = 0; picked == 0 && i < seats.Count; i++)
            {
                picked += TryPick(dice, seats[i], index, book) ? 1 : 0;
            }
        }
    }

    private static bool CanBeFixed(SeatDraft seat, PersonDraft person) =>
        person.Grade != Grade.Partner
        && person.DedicatedTo is null
        && !seat.Project.Client.Returned.Contains(person);

    private static bool TryPick(Dice dice, SeatDraft seat, StaffIndex index, CapacityBook book)
    {
        if (seat.Holder is { } holder && CanBeFixed(seat, holder) && dice.Chance(PickOfHolder))
        {
            // The client asks to keep the person it has: already booked.
            seat.Pick = holder;
            return true;
        }

        var person = index.QualifiedFrom(dice, seat, LookAt).FirstOrDefault(p =>
            CanBeFixed(seat, p) && !seat.Project.Members.Contains(p) && book.Fits(p, seat.Start, seat.End, seat.Load));
        if (person is null)
        {
            return false;
        }

        seat.Pick = person;
        seat.Project.Members.Add(person);
        book.Book(person, seat.Start, seat.End, seat.Load);
        return true;
    }
}
