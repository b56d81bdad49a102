using System.Globalization;
using System.Text;

namespace Staffing.Domain;

/// <summary>
/// A person's calendar (bookings, leave, commitments, partner duty) as one comparable string, so a proposal can
/// tell whether someone's week changed since it was made. Bookings on <c>ignoredSeats</c> (seats of the proposal
/// itself, already approved) are left out, so approving part of a proposal does not make the rest look stale.
/// </summary>
public static class CalendarFingerprint
{
    public static string Of(StaffMember person, IReadOnlySet<string>? ignoredSeats = null)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"cap {person.Capacity};");
        foreach (var b in person.Bookings.Where(b => ignoredSeats?.Contains(b.Seat) != true).OrderBy(b => b.Seat, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"b {b.Seat} {b.Load} {b.Start}-{b.End};");
        }

        foreach (var r in person.Leave.OrderBy(r => r.Start))
        {
            text.Append(CultureInfo.InvariantCulture, $"l {r.Start}-{r.End};");
        }

        foreach (var c in person.Commitments.OrderBy(c => c.Start).ThenBy(c => c.End))
        {
            text.Append(CultureInfo.InvariantCulture, $"c {c.Load} {c.Start}-{c.End};");
        }

        if (person.Duty is { } duty)
        {
            text.Append(CultureInfo.InvariantCulture, $"d {duty.Client} {duty.Load};");
        }

        return text.ToString();
    }
}
