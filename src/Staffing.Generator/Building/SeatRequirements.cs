using Staffing.Generator.Vocabulary;
using Staffing.Scenarios;

namespace Staffing.Generator.Building;

/// <summary>
/// Sets a seat's grade, skills and department from a real person of the firm (the "template"), so
/// at least one person always qualifies; then relaxes the requirements until several do, except for
/// the few seats meant to be scarce.
/// </summary>
internal sealed class SeatRequirements(Dice dice, StaffIndex index)
{
    private const int Several = 3;
    private const double ScarceShare = 0.03;

    public void Apply(SeatDraft seat, Skill topic, double skillChance)
    {
        var template = Template(seat.MinGrade, topic.Name);
        if (template is null || !dice.Chance(skillChance))
        {
            return;
        }

        var scarce = dice.Chance(ScarceShare);
        var skills = new List<KeyValuePair<string, int>>();
        var specialty = template.Skills.ContainsKey(topic.Name) ? topic.Name : template.Skills.Keys.First();
        var held = template.Skills[specialty];
        skills.Add(new(specialty, scarce ? held : Math.Min(held, LevelFor(seat.MinGrade))));
        var others = template.Skills.Keys.Where(s => s != specialty).ToList();
        if (scarce)
        {
            // A rare profile: the template's own levels in up to three of its skills.
            skills.AddRange(others.Take(2).Select(s => new KeyValuePair<string, int>(s, template.Skills[s])));
        }
        else if (others.Count > 0 && dice.Chance(0.35))
        {
            var second = dice.OneOf(others);
            skills.Add(new(second, Math.Min(template.Skills[second], dice.Between(1, 2))));
        }

        seat.Skills = skills;
        if (!seat.IsLead && dice.Chance(0.07) && template.Department is not "consulting" and not "sales")
        {
            seat.Department = template.Department;
        }

        if (!scarce)
        {
            Relax(seat);
        }
    }

    /// <summary>A random person of at least the grade, preferably holding the topic skill.</summary>
    private PersonDraft? Template(Grade minGrade, string skill)
    {
        var holders = index.WithSkill(skill);
        for (var attempt = 0; attempt < 30 && holders.Count > 0; attempt++)
        {
            var person = dice.OneOf(holders);
            if (person.Grade >= minGrade)
            {
                return person;
            }
        }

        var senior = index.AtLeast(minGrade);
        return senior.Count == 0 ? null : dice.OneOf(senior);
    }

    private int LevelFor(Grade minGrade) => minGrade switch
    {
        Grade.Analyst => dice.Between(1, 2),
        Grade.Consultant => dice.Between(2, 3),
        _ => dice.Between(2, 4),
    };

    /// <summary>Lower levels, then drop a second skill, then the department, until several qualify.</summary>
    private void Relax(SeatDraft seat)
    {
        while (index.CountQualified(seat, Several) < Several)
        {
            var highest = seat.Skills.Select((s, i) => (s.Value, i)).Max();
            if (highest.Value > 1)
            {
                seat.Skills[highest.i] = new(seat.Skills[highest.i].Key, highest.Value - 1);
            }
            else if (seat.Skills.Count > 1)
            {
                seat.Skills.RemoveAt(seat.Skills.Count - 1);
            }
            else if (seat.Department is not null)
            {
                seat.Department = null;
            }
            else
            {
                return;
            }
        }
    }
}
