using Staffing.Solver.Model;
using Staffing.Solver.Problem;

namespace Staffing.Solver.Rules;

/// <summary>One priced term of the objective, defined seat by seat and client by client.</summary>
internal interface IObjectiveTerm : IRule
{
    /// <summary>The term's contribution of one seat held by <paramref name="holder"/> (-1: empty).</summary>
    long SeatTerm(StaffingProblem problem, SeatData seat, int holder) => 0;

    /// <summary>The term's contribution of a diamond client whose dedicated partner is <paramref name="partner"/>.</summary>
    long ClientTerm(StaffingProblem problem, ClientData client, int partner) => 0;

    /// <summary>Adds the term to the model objective for its free seats and dedicated-partner choices.</summary>
    void AddTo(TeamModel model)
    {
        for (var i = 0; i < model.FreeSeats.Count; i++)
        {
            var seat = model.Problem.Seats[model.FreeSeats[i]];
            var empty = SeatTerm(model.Problem, seat, -1);
            model.ObjectiveConstant += empty;
            var choices = model.X[i];
            for (var j = 0; j < choices.Length; j++)
            {
                model.XCoefficients[i][j] += SeatTerm(model.Problem, seat, choices[j].Person) - empty;
            }
        }

        for (var i = 0; i < model.FreeClients.Count; i++)
        {
            var client = model.Problem.Clients[model.FreeClients[i]];
            var choices = model.D[i];
            for (var j = 0; j < choices.Length; j++)
            {
                model.DCoefficients[i][j] += ClientTerm(model.Problem, client, choices[j].Person);
            }
        }
    }
}
