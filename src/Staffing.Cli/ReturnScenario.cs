using Staffing.Scenarios;

namespace Staffing.Cli;

/// <summary>The benchmark's repair case: a plan in place as everyone's current seats, then one client returns one staffed person.</summary>
internal static class ReturnScenario
{
    /// <summary>The first seat that is neither a pick, a pin nor held by a dedicated partner has its holder returned by its client.</summary>
    public static (Scenario Scenario, string Returned) After(Scenario scenario, Plan plan)
    {
        var fixedSeats = scenario.AllSeats().Where(x => x.Seat.Fixed is not null).Select(x => x.Seat.Id).ToHashSet();
        var seatClient = scenario.AllSeats().ToDictionary(x => x.Seat.Id, x => x.Project.Client);
        var victim = plan.Assignments.First(a => !fixedSeats.Contains(a.Seat) && !plan.DedicatedPartners.Any(d => d.Staff == a.Staff));
        var client = seatClient[victim.Seat];
        var current = plan.Assignments.ToLookup(a => a.Staff, a => a.Seat);
        var repaired = scenario with
        {
            Staff = [.. scenario.Staff.Select(p => p with { Current = [.. current[p.Id]] })],
            Clients = [.. scenario.Clients.Select(c => c.Id == client ? c with { Returned = [.. c.Returned ?? [], victim.Staff] } : c)],
        };
        return (repaired, $"{client} returns {victim.Staff}");
    }
}
