using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Staffing.Domain;
using Staffing.Domain.KeyAccounts;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// One opportunity. Its milestones' participants become department seats on a pipeline project
/// (<see cref="MilestonePlaybook"/>); won makes the project active, lost closes it and frees its people.
/// Side effects run before the state is written and are idempotent, so a retried call is safe.
/// </summary>
public sealed class OpportunityGrain(
    [PersistentState(StateNames.Opportunity, StorageNames.Default)] IPersistentState<OpportunityState> state,
    ILogger<OpportunityGrain> logger) : RuleEnforcingGrain, IOpportunityGrain
{
    public const string DefaultRegion = "global";

    private DateOnly Today => DateOnly.FromDateTime((ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    private Opportunity Current => state.State.Opportunity?.ToDomain()
        ?? throw new DomainException($"opportunity {this.GetPrimaryKeyString()} is not open");

    public Task<OpportunityInfo?> GetAsync() => Task.FromResult(state.State.Opportunity);

    public async Task<OpportunityInfo> OpenAsync(string clientId, string name, decimal value)
    {
        if (state.State.Opportunity is { } open)
        {
            return open.ClientId == clientId && open.Name == name && open.Value == value
                ? open
                : throw new DomainException($"opportunity {open.Id} is already open for {open.ClientId}");
        }

        _ = await GrainFactory.GetGrain<IClientGrain>(clientId).GetAsync() ?? throw new DomainException($"client {clientId} is not defined");
        var opportunity = Opportunity.Open(this.GetPrimaryKeyString(), clientId, name, value, startWeek: 0, Today);
        var region = await RegionOfAsync(clientId);
        await GrainFactory.GetGrain<IProjectGrain>(opportunity.ProjectId).DefineAsync(new ProjectInfo
        {
            Id = opportunity.ProjectId,
            ClientId = clientId,
            Name = $"{name} (pursuit)",
            Region = region,
            Remote = true,
            Status = ProjectStatus.Pipeline,
            Seats = [.. MilestonePlaybook.SeatsUpTo(opportunity.Id, opportunity.Milestone, opportunity.StartWeek).Select(s => s.ToInfo())],
        });
        await GrainFactory.GetGrain<ICommercialBookGrain>(GrainKeys.Firm).EnlistOpportunityAsync(opportunity.Id);
        logger.LogInformation("Opportunity {OpportunityId} opened for client {ClientId}", opportunity.Id, clientId);
        return await SaveAsync(opportunity);
    }

    public async Task<OpportunityInfo> ReachAsync(Milestone milestone)
    {
        var before = Current;
        var reached = before.Reach(milestone, Today);
        if (reached == before)
        {
            return state.State.Opportunity!;
        }

        var project = GrainFactory.GetGrain<IProjectGrain>(reached.ProjectId);
        switch (milestone)
        {
            case Milestone.Won:
                await project.ChangeStatusAsync(ProjectStatus.Active);
                break;
            case Milestone.Lost:
                var closed = await ServiceProvider.GetRequiredService<BookingCoordinator>().CloseProjectAsync(reached.ProjectId);
                if (!closed.Success)
                {
                    throw new DomainException($"the pursuit project of {reached.Id} could not be closed: {string.Join("; ", closed.Clashes.Select(c => c.Message))}");
                }

                break;
            default:
                foreach (var seat in MilestonePlaybook.SeatsOf(reached.Id, MilestonePlaybook.StepOf(milestone), reached.StartWeek))
                {
                    await project.PutSeatAsync(seat.ToInfo());
                }

                break;
        }

        logger.LogInformation("Opportunity {OpportunityId} reached {Milestone}", reached.Id, milestone);
        return await SaveAsync(reached);
    }

    /// <summary>Where the pursuit is staffed from: the region of the client's first project, else <see cref="DefaultRegion"/>.</summary>
    private async Task<string> RegionOfAsync(string clientId)
    {
        var directory = await GrainFactory.GetGrain<IFirmGrain>(GrainKeys.Firm).GetAsync();
        foreach (var id in directory.Projects)
        {
            if (await GrainFactory.GetGrain<IProjectGrain>(id).GetAsync() is { } p && p.ClientId == clientId)
            {
                return p.Region;
            }
        }

        return DefaultRegion;
    }

    private async Task<OpportunityInfo> SaveAsync(Opportunity opportunity)
    {
        state.State = state.State with { Opportunity = opportunity.ToInfo() };
        await state.WriteStateAsync();
        return state.State.Opportunity!;
    }
}
