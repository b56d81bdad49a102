using Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>A seat another diamond client has picked a person for.</summary>
public sealed record OtherPick(string Seat, string Client, int Start, int End);

/// <summary>
/// Whether a diamond client's global talent pick can be honoured: only diamond clients pick; a person another
/// diamond client picked for overlapping weeks, a person on leave during the seat, one the client returned, or
/// one whose capacity is below the seat's load cannot be. Every reason is reported, never silently dropped.
/// </summary>
public static class PickRules
{
    public static bool MayPick(Tier tier) => tier == Tier.Diamond;

    public static IReadOnlyList<string> Clashes(Client client, Seat seat, StaffMember person, IEnumerable<OtherPick> otherPicks)
    {
        var clashes = new List<string>();
        if (client.HasReturned(person.Id))
        {
            clashes.Add($"{client.Id} returned {person.Id}; a returned consultant is never staffed on the client's seats again");
        }

        var leave = person.Leave.Where(r => r.Start < seat.End && seat.Start < r.End).ToList();
        if (leave.Count > 0)
        {
            clashes.Add($"{person.Id} is on leave in weeks {string.Join(", ", leave.Select(r => $"{r.Start}-{r.End - 1}"))} of seat {seat.Id} (weeks {seat.Start}-{seat.End - 1})");
        }

        if (person.Capacity < seat.Load)
        {
            clashes.Add($"{person.Id} works {person.Capacity}% of a week; seat {seat.Id} needs {seat.Load}%");
        }

        foreach (var other in otherPicks.Where(o => o.Seat != seat.Id && o.Start < seat.End && seat.Start < o.End))
        {
            clashes.Add($"{person.Id} is already picked by diamond client {other.Client} for seat {other.Seat} (weeks {other.Start}-{other.End - 1})");
        }

        return clashes;
    }
}
