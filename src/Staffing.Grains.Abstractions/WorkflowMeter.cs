namespace Staffing.Grains.Abstractions;

/// <summary>
/// What the workflows report to the product's metrics. The host implements it on its meter; grains resolve it
/// with <c>GetService</c> and skip it when absent, so grain tests need nothing.
/// </summary>
public interface IWorkflowMeter
{
    /// <summary>A proposal reached <paramref name="outcome"/>: requested, ready, failed, approved, partly-approved, rejected, superseded.</summary>
    void Proposal(string outcome);

    /// <summary>One solver run for a proposal, read from its plan: seconds, status and the gap between objective and bound.</summary>
    void SolverRan(Staffing.Scenarios.Plan plan);

    /// <summary>A service-level reminder of <paramref name="kind"/> (return, pick) fired.</summary>
    void SlaReminderFired(string kind);

    /// <summary>A service level of <paramref name="kind"/> was missed and the case escalated.</summary>
    void SlaEscalated(string kind);
}
