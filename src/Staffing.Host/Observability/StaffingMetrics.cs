using System.Diagnostics.Metrics;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Observability;

/// <summary>
/// The product's own instruments on the meter <see cref="MeterName"/>: solver runs, proposals, SLA reminders and
/// escalations, and requests shed under overload. Resolve it from the container (grains: <see cref="IWorkflowMeter"/>)
/// and call the method for the event.
/// </summary>
public sealed class StaffingMetrics : IWorkflowMeter
{
    public const string MeterName = "Staffing";

    private readonly Histogram<double> _solveSeconds;
    private readonly Histogram<double> _solveGap;
    private readonly Counter<long> _proposals;
    private readonly Counter<long> _slaReminders;
    private readonly Counter<long> _slaEscalations;
    private readonly Counter<long> _shed;

    public StaffingMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _solveSeconds = meter.CreateHistogram<double>("staffing.solver.duration", "s", "Wall time of one solver run.");
        _solveGap = meter.CreateHistogram<double>("staffing.solver.gap", "1", "Relative gap between the plan found and the solver's bound (0 is proven optimal).");
        _proposals = meter.CreateCounter<long>("staffing.proposals", "{proposal}", "Team proposals by outcome: requested, ready, failed, approved, partly-approved, rejected, superseded.");
        _slaReminders = meter.CreateCounter<long>("staffing.sla.reminders", "{reminder}", "SLA reminders fired, by kind.");
        _slaEscalations = meter.CreateCounter<long>("staffing.sla.escalations", "{case}", "Cases escalated because their service level was missed, by kind.");
        _shed = meter.CreateCounter<long>("staffing.requests.shed", "{request}", "Requests refused with 429 because the host was at its concurrency limit.");
    }

    /// <summary>One solver run: its duration, its status (optimal, feasible, infeasible...) and, when known, its gap.</summary>
    public void SolverRan(TimeSpan duration, string status, double? gap)
    {
        var tag = new KeyValuePair<string, object?>("status", status);
        _solveSeconds.Record(duration.TotalSeconds, tag);
        if (gap is { } g && double.IsFinite(g))
        {
            _solveGap.Record(g, tag);
        }
    }

    /// <summary>One solver run, read from its plan: seconds from its stats, gap between objective and bound.</summary>
    public void SolverRan(Staffing.Scenarios.Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        double? gap = plan is { Objective: { } objective, Bound: { } bound } && objective != 0
            ? Math.Abs(objective - bound) / (double)Math.Abs(objective)
            : null;
        SolverRan(TimeSpan.FromSeconds(plan.Stats?.Seconds ?? 0), plan.Status.ToString(), gap);
    }

    /// <summary>A proposal reached <paramref name="outcome"/> (requested, ready, failed, approved, partly-approved, rejected, superseded).</summary>
    public void Proposal(string outcome) => _proposals.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>An SLA reminder of <paramref name="kind"/> fired.</summary>
    public void SlaReminderFired(string kind) => _slaReminders.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A case of <paramref name="kind"/> missed its service level and was escalated.</summary>
    public void SlaEscalated(string kind) => _slaEscalations.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A request was shed by the concurrency limit.</summary>
    public void RequestShed() => _shed.Add(1);
}
