using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>Turns the drafts into the scenario records and the clients' revenue facts.</summary>
internal static class ScenarioAssembly
{
    public static GeneratedFirm Assemble(int weeks, IReadOnlyList<ClientDraft> clients, IReadOnlyList<ProjectDraft> projects, IReadOnlyList<PersonDraft> staff)
    {
        var scenario = new Scenario
        {
            Weeks = weeks,
            Clients = clients.Select(ToClient).ToList(),
            Projects = projects.Select(ToProject).ToList(),
            Staff = staff.Select(ToStaffMember).ToList(),
        };
        var revenue = clients.Select(c => new ClientRevenue(c.Id, c.Industry, c.AccountStage, c.MonthlyRevenue)).ToList();
        return new GeneratedFirm(scenario, revenue);
    }

    private static Client ToClient(ClientDraft c) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Tier = c.Tier,
        DedicatedPartner = c.DedicatedPartner?.Id,
        PartnerLoad = c.Tier == Tier.Diamond ? c.PartnerLoad : null,
        Returned = c.Returned.Count == 0 ? null : c.Returned.Select(p => p.Id).ToList(),
    };

    private static Project ToProject(ProjectDraft p) => new()
    {
        Id = p.Id,
        Client = p.Client.Id,
        Name = p.Name,
        Region = p.Region,
        Remote = p.Remote,
        Seats = p.Seats.Select(ToSeat).ToList(),
    };

    private static Seat ToSeat(SeatDraft s) => new()
    {
        Id = s.Id,
        Role = s.Role,
        MinGrade = s.MinGrade,
        Department = s.Department,
        Skills = s.Skills.Count == 0 ? null : s.Skills.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal),
        Load = s.Load,
        Start = s.Start,
        End = s.End,
        Pick = s.Pick?.Id,
        Pinned = s.Pinned?.Id,
    };

    private static StaffMember ToStaffMember(PersonDraft p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Grade = p.Grade,
        Region = p.Region,
        Department = p.Department,
        Skills = p.Skills,
        Capacity = p.Capacity == StaffMember.FullTime ? null : p.Capacity,
        CostPerWeek = p.CostPerWeek,
        Unavailable = p.Unavailable.Count == 0 ? null : p.Unavailable.ToList(),
        Committed = p.Committed.Count == 0 ? null : p.Committed.ToList(),
        Current = p.Current.Count == 0 ? null : p.Current.Select(s => s.Id).ToList(),
    };
}
