using System.Collections.Concurrent;
using Staffing.Scenarios;

namespace Staffing.Solver.Problem;

/// <summary>
/// For a seat, the smallest ready-made list of people that holds everyone qualified for it (H2): those
/// with one required skill at the required level, those of the minimum grade or above, or the seat's
/// department. The hard rules still check every person of the list in full; this only skips people
/// who cannot qualify, so that indexing costs in proportion to the candidates rather than the staff.
/// </summary>
internal sealed class CandidatePools
{
    private const int MaxLevel = 5;

    private readonly PersonData[] _everyone;

    /// <summary>Per skill: [level] = people with that skill at that level or above.</summary>
    private readonly Dictionary<string, PersonData[][]> _bySkill = new(StringComparer.Ordinal);

    /// <summary>[grade] = people of that grade or above.</summary>
    private readonly PersonData[][] _byGrade;

    private readonly Dictionary<string, PersonData[]> _byDepartment = new(StringComparer.Ordinal);

    /// <summary>Each list above, cheapest weekly cost first, made when first asked for (explanations run in parallel).</summary>
    private readonly ConcurrentDictionary<PersonData[], PersonData[]> _byCost = new(ReferenceEqualityComparer.Instance);

    public CandidatePools(PersonData[] people)
    {
        _everyone = people;
        foreach (var group in people.SelectMany(p => p.Member.Skills.Select(k => (Skill: k.Key, Level: k.Value, Person: p)))
                     .GroupBy(x => x.Skill, StringComparer.Ordinal))
        {
            var levels = new PersonData[MaxLevel + 1][];
            for (var level = 0; level <= MaxLevel; level++)
            {
                levels[level] = [.. group.Where(x => x.Level >= level).Select(x => x.Person)];
            }

            _bySkill[group.Key] = levels;
        }

        var grades = Enum.GetValues<Grade>();
        _byGrade = new PersonData[(int)grades.Max() + 1][];
        foreach (var grade in grades)
        {
            _byGrade[(int)grade] = [.. people.Where(p => p.Member.Grade >= grade)];
        }

        foreach (var group in people.Where(p => p.Member.Department is not null).GroupBy(p => p.Member.Department!, StringComparer.Ordinal))
        {
            _byDepartment[group.Key] = [.. group];
        }
    }

    /// <summary>People who might qualify for the seat, in index order; a pick or pin is its only candidate.</summary>
    public PersonData[] For(SeatData seat)
    {
        if (seat.FixedPerson >= 0)
        {
            return [_everyone[seat.FixedPerson]];
        }

        var smallest = WithGradeAndSkills(seat);
        if (seat.Seat.Department is { } department)
        {
            var members = _byDepartment.GetValueOrDefault(department, []);
            if (members.Length < smallest.Length)
            {
                smallest = members;
            }
        }

        return smallest;
    }

    /// <summary>The same people as <see cref="For"/>, cheapest weekly cost first (ties in index order).</summary>
    public PersonData[] ForByCost(SeatData seat) =>
        seat.FixedPerson >= 0 ? For(seat) : _byCost.GetOrAdd(For(seat), list => [.. list.OrderBy(p => p.Member.CostPerWeek)]);

    /// <summary>How many people have at least the seat's minimum grade.</summary>
    public int GradeFitCount(SeatData seat) => Grade(seat).Length;

    /// <summary>The smallest list holding everyone with the seat's grade and skill levels (department not considered).</summary>
    public PersonData[] WithGradeAndSkills(SeatData seat)
    {
        var smallest = Grade(seat);
        foreach (var (skill, level) in seat.Seat.Skills ?? new Dictionary<string, int>())
        {
            if (!_bySkill.TryGetValue(skill, out var levels))
            {
                return [];
            }

            var holders = levels[Math.Clamp(level, 0, MaxLevel)];
            if (holders.Length < smallest.Length)
            {
                smallest = holders;
            }
        }

        return smallest;
    }

    private PersonData[] Grade(SeatData seat)
    {
        var grade = (int)seat.Seat.EffectiveMinGrade;
        return grade < _byGrade.Length ? _byGrade[grade] : [];
    }
}
