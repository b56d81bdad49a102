using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>Who holds each skill and who is at least each grade, to find qualified people fast.</summary>
internal sealed class StaffIndex
{
    private readonly Dictionary<string, List<PersonDraft>> _bySkill = new(StringComparer.Ordinal);
    private readonly List<PersonDraft>[] _atLeastGrade;

    public StaffIndex(IReadOnlyList<PersonDraft> staff)
    {
        Staff = staff;
        _atLeastGrade = Enum.GetValues<Grade>().Select(g => staff.Where(p => p.Grade >= g).ToList()).ToArray();
        foreach (var person in staff)
        {
            foreach (var skill in person.Skills.Keys)
            {
                if (!_bySkill.TryGetValue(skill, out var list))
                {
                    _bySkill[skill] = list = [];
                }

                list.Add(person);
            }
        }
    }

    public IReadOnlyList<PersonDraft> Staff { get; }

    public IReadOnlyList<PersonDraft> WithSkill(string skill) =>
        _bySkill.TryGetValue(skill, out var list) ? list : [];

    public IReadOnlyList<PersonDraft> AtLeast(Grade grade) => _atLeastGrade[(int)grade];

    /// <summary>A pool that contains every person qualified for the seat: the smallest list to scan.</summary>
    public IReadOnlyList<PersonDraft> PoolFor(SeatDraft seat)
    {
        IReadOnlyList<PersonDraft> pool = AtLeast(seat.MinGrade);
        foreach (var (skill, _) in seat.Skills)
        {
            var holders = WithSkill(skill);
            if (holders.Count < pool.Count)
            {
                pool = holders;
            }
        }

        return pool;
    }

    /// <summary>How many people qualify for the seat, counting no further than <paramref name="enough"/>.</summary>
    public int CountQualified(SeatDraft seat, int enough)
    {
        var count = 0;
        foreach (var person in PoolFor(seat))
        {
            if (seat.Qualifies(person) && ++count >= enough)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>
    /// Qualified people in the seat's pool from a random starting point, so that the same few people
    /// are not chosen every time; at most <paramref name="limit"/> are looked at.
    /// </summary>
    public IEnumerable<PersonDraft> QualifiedFrom(Dice dice, SeatDraft seat, int limit)
    {
        var pool = PoolFor(seat);
        if (pool.Count == 0)
        {
            yield break;
        }

        var start = dice.Below(pool.Count);
        var looked = Math.Min(limit, pool.Count);
        for (var k = 0; k < looked; k++)
        {
            var person = pool[(start + k) % pool.Count];
            if (seat.Qualifies(person))
            {
                yield return person;
            }
        }
    }
}
