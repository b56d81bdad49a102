namespace Staffing.Grains.Abstractions;

/// <summary>The firm directory (key <see cref="GrainKeys.Firm"/>): horizon, weights and every id, for exporting the whole firm.</summary>
public interface IFirmGrain : IGrainWithStringKey
{
    /// <summary>The horizon, weights and all ids.</summary>
    Task<FirmDirectory> GetAsync();

    /// <summary>Sets the planning horizon in weeks (1..520) and the objective weights (null: defaults).</summary>
    Task<FirmDirectory> SetPlanningAsync(int weeks, WeightsInfo? weights);

    /// <summary>Adds an id to the directory; adding it again is a no-op. Client, project and staff grains call this when defined.</summary>
    Task EnlistAsync(FirmMemberKind kind, string id);
}
