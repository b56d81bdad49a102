using Staffing.Scenarios;

namespace Staffing.Solver.Problem;

/// <summary>The three parts of H2: grade, skills, department.</summary>
internal static class Qualification
{
    public static bool GradeFits(Seat seat, StaffMember person) => person.Grade >= seat.EffectiveMinGrade;

    public static bool SkillsFit(Seat seat, StaffMember person)
    {
        if (seat.Skills is null)
        {
            return true;
        }

        foreach (var (skill, level) in seat.Skills)
        {
            if (person.Skills.GetValueOrDefault(skill) < level)
            {
                return false;
            }
        }

        return true;
    }

    public static bool DepartmentFits(Seat seat, StaffMember person) =>
        seat.Department is null || string.Equals(seat.Department, person.Department, StringComparison.Ordinal);

    public static bool Qualifies(Seat seat, StaffMember person) =>
        GradeFits(seat, person) && DepartmentFits(seat, person) && SkillsFit(seat, person);
}
