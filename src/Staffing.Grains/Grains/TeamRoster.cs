using System.Collections.Immutable;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// A project's team kept built in memory: the holders' profiles (fetched once, then pushed by the people's
/// grains when they change) and the team assembled from them, rebuilt only after the project changes.
/// </summary>
internal sealed class TeamRoster
{
    private readonly Dictionary<string, TeamMember> _members = new(StringComparer.Ordinal);
    private Team? _team;

    /// <summary>The team as last built; null after a change until it is built again.</summary>
    public Team? Built => _team;

    /// <summary>
    /// The project changed: the team is rebuilt at the next read, and people who no longer hold a seat are
    /// forgotten at once, since their grains stop telling this project about their profile changes.
    /// </summary>
    public void Invalidate(ProjectInfo? project)
    {
        _team = null;
        var holders = project?.Holders.Values.ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var gone in _members.Keys.Where(id => !holders.Contains(id)).ToList())
        {
            _members.Remove(gone);
        }
    }

    /// <summary>Holders whose profile is not known yet.</summary>
    public IReadOnlyList<string> Unknown(ProjectInfo project) =>
        [.. project.Holders.Values.Distinct(StringComparer.Ordinal).Where(id => !_members.ContainsKey(id))];

    public void Learn(TeamMember member)
    {
        if (!_members.TryGetValue(member.Id, out var known) || known != member)
        {
            _members[member.Id] = member;
            _team = null;
        }
    }

    public Team Build(ProjectInfo project)
    {
        _team = new Team
        {
            Project = project.Id,
            ClientId = project.ClientId,
            Name = project.Name,
            Seats = [.. project.Seats.Select(s => new TeamSeat
            {
                Seat = s.Id,
                Role = s.Role,
                Load = s.Load,
                Start = s.Start,
                End = s.End,
                Pick = s.Pick,
                Pinned = s.Pinned,
                Holder = project.Holders.TryGetValue(s.Id, out var holder) ? _members.GetValueOrDefault(holder) : null,
            })],
        };
        return _team;
    }
}
