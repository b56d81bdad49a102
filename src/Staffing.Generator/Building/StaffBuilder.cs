using Staffing.Generator.Vocabulary;
using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>
/// Builds the firm's people: a grade pyramid, four regions, departments, long-tailed skills with
/// seniors at higher levels, a rate card by grade and region, leave and outside commitments.
/// </summary>
internal static class StaffBuilder
{
    // Analysts and consultants are the base of the pyramid; partners the top.
    private static readonly double[] GradeShare = [0.32, 0.30, 0.18, 0.12, 0.08];

    private static readonly long[] BaseCostPerWeek = [2_400, 3_600, 5_500, 8_500, 14_000];

    private static readonly string[] Departments = ["consulting", "technology", "delivery", "rnd", "sales", "finance"];
    private static readonly double[] DepartmentShare = [0.50, 0.22, 0.10, 0.07, 0.06, 0.05];
    private static readonly double[] PartnerDepartmentShare = [0.70, 0.10, 0.0, 0.0, 0.15, 0.05];

    public static List<PersonDraft> Build(Dice dice, int count, int weeks, int partnersNeeded)
    {
        var grades = GradesFor(count, partnersNeeded);
        dice.Shuffle(grades);
        var names = new PersonNames();
        var width = Math.Max(5, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var staff = new List<PersonDraft>(count);
        for (var i = 0; i < count; i++)
        {
            staff.Add(Person(dice, i, "s" + i.ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture), grades[i], weeks, names));
        }

        return staff;
    }

    /// <summary>The pyramid, with at least <paramref name="partnersNeeded"/> partners when the firm is big enough.</summary>
    private static List<Grade> GradesFor(int count, int partnersNeeded)
    {
        var counts = GradeShare.Select(s => (int)Math.Round(s * count)).ToArray();
        counts[(int)Grade.Partner] = Math.Clamp(Math.Max(counts[(int)Grade.Partner], partnersNeeded), 1, Math.Max(1, count / 4));
        counts[(int)Grade.Analyst] = 0;
        counts[(int)Grade.Analyst] = count - counts.Sum();
        var grades = new List<Grade>(count);
        for (var g = 0; g < counts.Length; g++)
        {
            grades.AddRange(Enumerable.Repeat((Grade)g, counts[g]));
        }

        return grades;
    }

    private static PersonDraft Person(Dice dice, int index, string id, Grade grade, int weeks, PersonNames names)
    {
        var region = Regions.All[dice.Weighted(Regions.StaffShare)];
        var department = Departments[dice.Weighted(grade == Grade.Partner ? PartnerDepartmentShare : DepartmentShare)];
        var skills = Skills(dice, grade, region, department);
        var capacity = grade != Grade.Partner && dice.Chance(0.08) ? dice.OneOf([50, 60, 80]) : StaffMember.FullTime;
        var meanLevel = skills.Values.Average();
        var cost = BaseCostPerWeek[(int)grade] * Regions.CostFactor(region) * dice.Uniform(0.88, 1.12) * (0.94 + (0.03 * meanLevel));
        var person = new PersonDraft
        {
            Index = index,
            Id = id,
            Name = names.Next(dice, region),
            Grade = grade,
            Region = region,
            Department = department,
            Skills = skills,
            Capacity = capacity,
            CostPerWeek = (long)Math.Round(cost / 10) * 10,
        };
        AddLeave(dice, person, weeks);
        AddCommitment(dice, person, weeks);
        return person;
    }

    private static Dictionary<string, int> Skills(Dice dice, Grade grade, string region, string department)
    {
        var count = grade switch
        {
            Grade.Analyst => dice.Between(2, 3),
            Grade.Consultant => dice.Between(2, 4),
            Grade.Manager => dice.Between(3, 5),
            _ => dice.Between(3, 6),
        };
        var weights = SkillCatalog.All
            .Select((s, i) => SkillCatalog.Popularity[i]
                * (s.Department == department && !s.IsLanguage ? 4.0 : 1.0)
                * (s.Region == region ? 6.0 : 1.0))
            .ToArray();
        var baseLevel = grade switch
        {
            Grade.Analyst => 1,
            Grade.Consultant => 2,
            Grade.Manager => 3,
            Grade.SeniorManager => 3,
            _ => 4,
        };
        var skills = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < count; k++)
        {
            var pick = dice.Weighted(weights);
            weights[pick] = 0;
            var skill = SkillCatalog.All[pick];
            // The first skill is the person's specialty: one level above their grade's norm.
            var level = baseLevel + (k == 0 ? 1 : 0) + dice.OneOf([-1, 0, 0, 1]);
            skills[skill.Name] = Math.Clamp(skill.IsLanguage && skill.Region == region ? 5 : level, 1, 5);
        }

        return skills;
    }

    private static void AddLeave(Dice dice, PersonDraft person, int weeks)
    {
        if (dice.Chance(0.22))
        {
            AddRange(person.Unavailable, dice, weeks, dice.Between(1, 3));
        }

        // Long leave (parental, sabbatical) for a few.
        if (dice.Chance(0.05))
        {
            AddRange(person.Unavailable, dice, weeks, dice.Between(4, 12));
        }

        person.Unavailable.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static void AddRange(List<Scenarios.WeekRange> ranges, Dice dice, int weeks, int length)
    {
        length = Math.Min(length, weeks);
        var start = dice.Between(0, weeks - length);
        if (!ranges.Any(r => r.Overlaps(start, start + length)))
        {
            ranges.Add(new WeekRange(start, start + length));
        }
    }

    private static void AddCommitment(Dice dice, PersonDraft person, int weeks)
    {
        // Partners carry firm duties (practice leadership, bids); others internal projects or training.
        var chance = person.Grade == Grade.Partner ? 0.30 : 0.12;
        if (!dice.Chance(chance))
        {
            return;
        }

        var length = Math.Min(dice.Between(2, 10), weeks);
        var start = dice.Between(0, weeks - length);
        var drawn = person.Grade == Grade.Partner ? dice.OneOf([10, 20, 30]) : dice.OneOf([10, 20, 30, 50]);
        var load = Math.Min(drawn, person.Capacity / 2);
        person.Committed.Add(new Commitment(start, start + length, load));
    }
}
