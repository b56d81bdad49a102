using Staffing.Domain;
using Staffing.Grains.Abstractions;
using Staffing.Scenarios;

namespace Staffing.Grains;

/// <summary>The scenario a proposal solves: the projects its scope covers (others' bookings become committed load) with its pins.</summary>
public static class ProposalScenario
{
    public static Scenario Build(FirmSnapshot firm, ProposalRequest request)
    {
        IReadOnlyCollection<string>? projects = request.Scope switch
        {
            ProposalScope.Project => [request.ScopeId ?? throw new DomainException("a project proposal names its project")],
            ProposalScope.Client => [.. firm.Projects.Where(p => p.ClientId == request.ScopeId && p.Status != ProjectStatus.Closed).Select(p => p.Id)],
            ProposalScope.Pick => [.. request.Projects],
            _ => null,
        };
        if (projects is { Count: 0 })
        {
            throw new DomainException($"client {request.ScopeId} has no open project to staff");
        }

        var scenario = ScenarioExport.Build(firm, projects);
        if (request.Pins.IsEmpty)
        {
            return scenario;
        }

        var pins = request.Pins.ToDictionary(p => p.Seat, p => p.Staff);
        return scenario with
        {
            Projects = [.. scenario.Projects.Select(p => p with { Seats = [.. p.Seats.Select(s => pins.TryGetValue(s.Id, out var staff) ? s with { Pinned = staff } : s)] })],
        };
    }
}
