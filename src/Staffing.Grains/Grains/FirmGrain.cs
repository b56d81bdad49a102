using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>The firm directory: planning horizon, weights and every id.</summary>
public sealed class FirmGrain(
    [PersistentState(StateNames.Firm, StorageNames.Default)] IPersistentState<FirmState> state,
    ILogger<FirmGrain> logger) : RuleEnforcingGrain, IFirmGrain
{
    public const int MaxWeeks = 520;

    public Task<FirmDirectory> GetAsync() => Task.FromResult(state.State.Directory);

    public async Task<FirmDirectory> SetPlanningAsync(int weeks, WeightsInfo? weights)
    {
        if (weeks is < 1 or > MaxWeeks)
        {
            throw new DomainException($"the planning horizon must be 1..{MaxWeeks} weeks, was {weeks}");
        }

        state.State = state.State with { Directory = state.State.Directory with { Weeks = weeks, Weights = weights } };
        await state.WriteStateAsync();
        logger.LogInformation("Planning horizon set to {Weeks} weeks", weeks);
        return state.State.Directory;
    }

    public async Task EnlistAsync(FirmMemberKind kind, string id)
    {
        var directory = state.State.Directory;
        var enlisted = kind switch
        {
            FirmMemberKind.Client => directory with { Clients = directory.Clients.Add(id) },
            FirmMemberKind.Project => directory with { Projects = directory.Projects.Add(id) },
            FirmMemberKind.Staff => directory with { Staff = directory.Staff.Add(id) },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown member kind"),
        };

        if (enlisted != directory)
        {
            state.State = state.State with { Directory = enlisted };
            await state.WriteStateAsync();
        }
    }
}
