using Staffing.Scenarios;

namespace Staffing.Grains.Tests;

/// <summary>Puts every list and map of a scenario in id order, so two scenarios compare field by field regardless of order.</summary>
internal static class ScenarioNormalizer
{
    public static string Canonical(Scenario scenario) => ScenarioJson.Write(Normalize(scenario));

    public static Scenario Normalize(Scenario scenario) => scenario with
    {
        Clients = [.. scenario.Clients.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => c with { Returned = Sorted(c.Returned) })],
        Projects = [.. scenario.Projects.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p with
        {
            Seats = [.. p.Seats.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => s with { Skills = s.Skills is null ? null : new SortedDictionary<string, int>(s.Skills.ToDictionary(), StringComparer.Ordinal) })],
        })],
        Staff = [.. scenario.Staff.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => s with
        {
            Skills = new SortedDictionary<string, int>(s.Skills.ToDictionary(), StringComparer.Ordinal),
            Current = Sorted(s.Current),
            Unavailable = s.Unavailable?.OrderBy(r => r.Start).ThenBy(r => r.End).ToList(),
            Committed = s.Committed?.OrderBy(c => c.Start).ThenBy(c => c.End).ThenBy(c => c.Load).ToList(),
        })],
    };

    private static List<string>? Sorted(IReadOnlyList<string>? ids) => ids?.Order(StringComparer.Ordinal).ToList();
}
