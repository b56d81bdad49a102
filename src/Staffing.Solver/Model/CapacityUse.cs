using Google.OrTools.Sat;

namespace Staffing.Solver.Model;

/// <summary>A literal that, when true, books <see cref="Load"/> percent of a person in weeks Start..End.</summary>
/// <param name="AvailableWeeksOnly">A dedicated partner's reservation counts only in weeks they are available (H7).</param>
internal sealed record CapacityUse(ILiteral Var, int Load, int Start, int End, bool AvailableWeeksOnly);
