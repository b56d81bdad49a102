using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains;

/// <summary>
/// The smallest scenario and plan that state exactly the seat changes a decision approves (from the holder it saw to
/// the person chosen), so the booking coordinator books them all or none and refuses any seat whose holder changed.
/// </summary>
internal static class BookingBasis
{
    public static (Scenario Basis, Plan Plan) For(IReadOnlyCollection<ProposedSeat> seats)
    {
        var people = seats.SelectMany(s => new[] { s.Current, s.Staff }).OfType<string>().Distinct(StringComparer.Ordinal);
        var basis = new Scenario
        {
            Projects =
            [
                .. seats.GroupBy(s => s.Project).Select(g => new Scenarios.Project
                {
                    Id = g.Key,
                    Client = g.First().Client,
                    Region = "-",
                    Seats = [.. g.Select(s => new Seat { Id = s.Seat, Load = s.Load, Start = s.Start, End = s.End })],
                }),
            ],
            Staff =
            [
                .. people.Select(p => new StaffMember
                {
                    Id = p,
                    Region = "-",
                    Current = [.. seats.Where(s => s.Current == p).Select(s => s.Seat)],
                }),
            ],
        };
        var plan = new Plan
        {
            Status = PlanStatus.Feasible,
            Assignments = [.. seats.Where(s => s.Staff is not null).Select(s => new Assignment(s.Seat, s.Staff!))],
            Unfilled = [.. seats.Where(s => s.Staff is null).Select(s => new UnfilledSeat(s.Seat, "vacated"))],
        };
        return (basis, plan);
    }
}
