using System.Collections.Immutable;
using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains;

/// <summary>
/// Turns a solved plan into a proposal a resource manager can review: per seat the holder today, the person
/// proposed and the solver's explanation; the seats that change hands; how many people lose a seat they hold; and
/// the calendars of the people moved, as the proposal saw them, to tell later whether it went stale.
/// </summary>
public static class ProposalBuilder
{
    public static ProposalResult Build(Scenario scenario, Plan plan, IReadOnlyList<Domain.StaffMember> people)
    {
        var holders = scenario.Staff.SelectMany(s => (s.Current ?? []).Select(seat => (seat, s.Id))).ToDictionary(x => x.seat, x => x.Id);
        var solved = plan.Status is PlanStatus.Optimal or PlanStatus.Feasible;
        var assigned = plan.Assignments.ToDictionary(a => a.Seat, a => a.Staff);
        var unfilled = plan.Unfilled.ToDictionary(u => u.Seat, u => u.Reason);
        var explanations = (plan.Explanations ?? []).ToDictionary(e => e.Seat);

        var seats = scenario.AllSeats().Select(x =>
        {
            var current = holders.GetValueOrDefault(x.Seat.Id);
            var staff = !solved ? current : assigned.TryGetValue(x.Seat.Id, out var a) ? a : unfilled.ContainsKey(x.Seat.Id) ? null : current;
            var explanation = explanations.GetValueOrDefault(x.Seat.Id);
            return new ProposedSeat
            {
                Seat = x.Seat.Id,
                Project = x.Project.Id,
                Client = x.Project.Client,
                Load = x.Seat.Load,
                Start = x.Seat.Start,
                End = x.Seat.End,
                Current = current,
                Staff = staff,
                Terms = explanation?.Terms.ToImmutableDictionary() ?? ImmutableDictionary<string, long>.Empty,
                RunnersUp = [.. (explanation?.RunnersUp ?? []).Select(r => new RunnerUpInfo { Staff = r.Staff, CostDifference = r.CostDifference, Note = r.Note })],
                Continuity = explanation?.Continuity,
                Fixed = x.Seat.Pick is not null ? "pick" : x.Seat.Pinned is not null ? "pin" : null,
                UnfilledReason = solved && staff is null ? unfilled.GetValueOrDefault(x.Seat.Id) : null,
            };
        }).ToImmutableArray();

        var changes = solved ? PlanDiff.Between(scenario, plan).Seats : [];
        var changedSeats = changes.Select(c => c.Seat).ToHashSet(StringComparer.Ordinal);
        var moved = changes.SelectMany(c => new[] { c.From, c.To }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new ProposalResult
        {
            PlanStatus = plan.Status.ToString().ToLowerInvariant(),
            Objective = plan.Objective,
            Bound = plan.Bound,
            Seats = seats,
            Changes = [.. changes.Select(c => new SeatChangeInfo { Seat = c.Seat, Project = c.Project, From = c.From, To = c.To, Kind = c.Kind.ToString().ToLowerInvariant() })],
            Disruptions = changes.Count(c => c.From is not null),
            Calendars = people.Where(p => moved.Contains(p.Id)).ToImmutableDictionary(p => p.Id, p => CalendarFingerprint.Of(p, changedSeats)),
            Conflicts = [.. plan.Conflicts ?? [], .. (plan.Errors ?? []).Select(e => $"{e.Path}: {e.Message}")],
            Seconds = plan.Stats?.Seconds ?? 0,
        };
    }

    /// <summary>The seats of a proposal whose holder it changes, as the domain's staleness check reads them.</summary>
    public static IEnumerable<ProposedChange> ChangesOf(IEnumerable<ProposedSeat> seats) =>
        seats.Where(s => s.Changes).Select(s => new ProposedChange(s.Seat, s.Client, s.Current, s.Staff));
}
