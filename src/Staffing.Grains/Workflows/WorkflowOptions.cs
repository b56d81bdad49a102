namespace Staffing.Grains;

/// <summary>Settings of the staffing workflows (configuration section <see cref="Section"/>).</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>Solver time for a proposal when the request names none.</summary>
    public int DefaultTimeLimitSeconds { get; set; } = 10;

    /// <summary>The longest solve a proposal may ask for.</summary>
    public int MaxTimeLimitSeconds { get; set; } = 300;

    /// <summary>Solver time for the repair solve that finds replacement candidates.</summary>
    public int RepairTimeLimitSeconds { get; set; } = 5;

    /// <summary>Solver threads; 0 uses every processor.</summary>
    public int Workers { get; set; }

    /// <summary>A diamond client's replacement must be approved within this many hours of the return.</summary>
    public double ReturnSlaHours { get; set; } = 48;

    /// <summary>How often the runner reports solver progress to the proposal, in milliseconds.</summary>
    public int ProgressIntervalMilliseconds { get; set; } = 250;

    /// <summary>How many replacement candidates a return offers.</summary>
    public int ReplacementCandidates { get; set; } = 3;
}
