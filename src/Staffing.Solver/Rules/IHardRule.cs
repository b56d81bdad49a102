using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>A rule every plan keeps: it prunes candidate pairs, constrains the CP-SAT model and checks plans.</summary>
internal interface IHardRule : IRule
{
    /// <summary>Whether the rule alone lets this person ever hold this seat (pairs it rejects get no variable).</summary>
    bool Admits(StaffingProblem problem, SeatData seat, PersonData person) => true;

    /// <summary>Adds the rule's constraints over the model's free seats and dedicated-partner choices.</summary>
    void AddTo(TeamModel model)
    {
    }

    /// <summary>Every way the plan breaks the rule, in words naming the ids involved.</summary>
    IEnumerable<string> Check(TeamState plan);
}
