using Staffing.Solver.Problem;
using Staffing.Solver.Rules;

namespace Staffing.Solver.Explanations;

/// <summary>The first filter that keeps a person off a seat in a given plan, or null when they could take it.</summary>
internal static class CandidateFilter
{
    public const string Grade = "grade";
    public const string Skills = "skills";
    public const string Department = "department";
    public const string Returned = "returned";
    public const string Unavailable = "unavailable";
    public const string Capacity = "capacity";
    public const string SameProject = "same-project";
    public const string Exclusivity = "exclusivity";

    private static readonly ExclusivityRule GivenPartnerExclusivity = new();

    /// <param name="qualified">The caller has checked grade, skills and department already (they are skipped).</param>
    public static string? FirstBlocking(TeamState plan, SeatData seat, PersonData person, bool qualified = false)
    {
        var problem = plan.Problem;
        if (!qualified && seat.FixedPerson != person.Index)
        {
            if (!Qualification.GradeFits(seat.Seat, person.Member))
            {
                return Grade;
            }

            if (!Qualification.SkillsFit(seat.Seat, person.Member))
            {
                return Skills;
            }

            if (!Qualification.DepartmentFits(seat.Seat, person.Member))
            {
                return Department;
            }
        }

        if (problem.Clients[seat.ClientIndex].Returned.Contains(person.Index))
        {
            return Returned;
        }

        for (var w = seat.Start; w < seat.End; w++)
        {
            if (!person.Available[w])
            {
                return Unavailable;
            }
        }

        var holdsIt = plan.Holder[seat.Index] == person.Index;
        if (plan.ExcludedByDedication(seat.Index, person.Index) || !GivenPartnerExclusivity.Admits(problem, seat, person))
        {
            return Exclusivity;
        }

        if (!holdsIt && plan.HoldsSeatOfProject(seat.Index, person.Index))
        {
            return SameProject;
        }

        return holdsIt || plan.HasRoom(seat.Index, person.Index) ? null : Capacity;
    }
}
