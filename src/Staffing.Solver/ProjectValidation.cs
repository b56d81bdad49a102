using Staffing.Scenarios;

namespace Staffing.Solver;

/// <summary>Checks of <c>$.projects</c> and their seats.</summary>
internal static class ProjectValidation
{
    /// <summary>Validates projects and seats; returns the seat ids.</summary>
    public static IReadOnlySet<string> Validate(Scenario scenario, IReadOnlyDictionary<string, StaffMember> staff, List<InputError> errors)
    {
        var clients = scenario.Clients.Where(c => c?.Id is not null).GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var projectIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var seatIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < scenario.Projects.Count; i++)
        {
            var path = $"$.projects[{i}]";
            var project = scenario.Projects[i];
            if (project is null)
            {
                errors.Add(new(path, "a project must be an object, not null"));
                continue;
            }

            ValidationChecks.UniqueId(project.Id, path, "project", projectIds, errors);
            clients.TryGetValue(project.Client ?? string.Empty, out var client);
            if (client is null)
            {
                errors.Add(new($"{path}.client", $"unknown client '{project.Client}'"));
            }

            if (project.Seats.Count == 0)
            {
                errors.Add(new($"{path}.seats", "a project needs at least one seat"));
            }

            for (var j = 0; j < project.Seats.Count; j++)
            {
                ValidateSeat(scenario, project.Seats[j], $"{path}.seats[{j}]", client, staff, seatIds, errors);
            }
        }

        return seatIds.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static void ValidateSeat(
        Scenario scenario, Seat? seat, string path, Client? client,
        IReadOnlyDictionary<string, StaffMember> staff, Dictionary<string, string> seatIds, List<InputError> errors)
    {
        if (seat is null)
        {
            errors.Add(new(path, "a seat must be an object, not null"));
            return;
        }

        ValidationChecks.UniqueId(seat.Id, path, "seat", seatIds, errors);
        ValidationChecks.InRange(seat.Load, 1, StaffMember.FullTime, $"{path}.load", "load", errors);
        ValidationChecks.WeekRange(seat.Start, seat.End, Math.Max(1, scenario.Weeks), path, errors);
        ValidationChecks.SkillLevels(seat.Skills, path, errors);
        ValidationChecks.KnownStaff(seat.Pick, $"{path}.pick", staff, errors);
        ValidationChecks.KnownStaff(seat.Pinned, $"{path}.pinned", staff, errors);
        if (seat.Pick is not null && seat.Pinned is not null && seat.Pick != seat.Pinned)
        {
            errors.Add(new($"{path}.pinned", $"the seat is picked for '{seat.Pick}' but pinned to '{seat.Pinned}'"));
        }

        if (seat.Pick is not null && client?.Returned?.Contains(seat.Pick) == true)
        {
            errors.Add(new($"{path}.pick", $"client '{client.Id}' picks '{seat.Pick}', whom it has returned"));
        }
    }
}
