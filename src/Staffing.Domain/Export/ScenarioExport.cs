using Staffing.Scenarios;
using Sc = Staffing.Scenarios;

namespace Staffing.Domain;

/// <summary>
/// Builds the solver's scenario from the firm's live state. By default every project that is not closed is
/// exported; with a subset, only those projects. A booking on an exported seat becomes the holder's
/// <c>current</c>; any other booking (another project, a closed one) becomes <c>committed</c> load, like the
/// person's outside commitments, so the solver cannot double-book them. Ranges are clipped to the horizon.
/// </summary>
public static class ScenarioExport
{
    public static Scenario Build(FirmSnapshot firm, IReadOnlyCollection<string>? projectSubset = null)
    {
        var projects = firm.Projects
            .Where(p => projectSubset is null ? p.Status != ProjectStatus.Closed : projectSubset.Contains(p.Id))
            .ToList();
        var exportedSeats = projects.SelectMany(p => p.Seats).Select(s => s.Id).ToHashSet();
        var partners = firm.Clients
            .Where(c => c.Tier == Tier.Diamond && c.DedicatedPartner is not null)
            .ToDictionary(c => c.DedicatedPartner!, c => c.Id);

        return new Scenario
        {
            Weeks = firm.Weeks,
            Weights = firm.Weights,
            Clients = [.. firm.Clients.Select(ToScenario)],
            Projects = [.. projects.Select(ToScenario)],
            Staff = [.. firm.Staff.Select(s => ToScenario(s, firm.Weeks, exportedSeats, partners))],
        };
    }

    private static Sc.Client ToScenario(Client client)
    {
        var diamond = client.Tier == Tier.Diamond;
        var returned = client.Returned.Select(r => r.StaffId).Distinct().ToList();
        return new Sc.Client
        {
            Id = client.Id,
            Name = client.Name,
            Tier = client.Tier,
            DedicatedPartner = diamond ? client.DedicatedPartner : null,
            PartnerLoad = diamond ? client.PartnerLoad : null,
            Returned = returned.Count == 0 ? null : returned,
        };
    }

    private static Sc.Project ToScenario(Project project) => new()
    {
        Id = project.Id,
        Client = project.ClientId,
        Name = project.Name,
        Region = project.Region,
        Remote = project.Remote,
        Seats = project.Seats,
    };

    private static Sc.StaffMember ToScenario(StaffMember person, int weeks, HashSet<string> exportedSeats, Dictionary<string, string> partners)
    {
        var current = person.Bookings.Where(b => exportedSeats.Contains(b.Seat)).Select(b => b.Seat).ToList();
        var committed = person.Commitments
            .Concat(person.Bookings.Where(b => !exportedSeats.Contains(b.Seat)).Select(b => new Commitment(b.Start, b.End, b.Load)))
            .Select(c => c with { Start = Math.Max(c.Start, 0), End = Math.Min(c.End, weeks) })
            .Where(c => c.Start < c.End)
            .ToList();

        // A duty the account no longer backs (the client left diamond) still takes the partner's time until released.
        if (person.Duty is { } duty && partners.GetValueOrDefault(person.Id) != duty.Client && weeks > 0)
        {
            committed.Add(new Commitment(0, weeks, duty.Load));
        }

        var unavailable = person.Leave
            .Select(r => new WeekRange(Math.Max(r.Start, 0), Math.Min(r.End, weeks)))
            .Where(r => r.Start < r.End)
            .ToList();

        return new Sc.StaffMember
        {
            Id = person.Id,
            Name = person.Name,
            Grade = person.Grade,
            Region = person.Region,
            Department = person.Department,
            Skills = person.Skills,
            Capacity = person.Capacity == StaffMember.FullTime ? null : person.Capacity,
            CostPerWeek = person.CostPerWeek,
            Unavailable = unavailable.Count == 0 ? null : unavailable,
            Committed = committed.Count == 0 ? null : committed,
            Current = current.Count == 0 ? null : current,
        };
    }
}
