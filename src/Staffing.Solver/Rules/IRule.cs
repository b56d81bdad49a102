namespace Staffing.Solver.Rules;

/// <summary>Whether a rule must hold (hard) or is a priced term of the objective (soft).</summary>
public enum RuleLevel
{
    Hard,
    Soft,
}

/// <summary>One named rule of the staffing problem: a hard rule (H1-H8) or an objective term.</summary>
public interface IRule
{
    /// <summary>Short name, e.g. <c>H3</c> or <c>travel</c>; the key of the rules table and of objective breakdowns.</summary>
    string Name { get; }

    RuleLevel Level { get; }

    /// <summary>One sentence for the rules table.</summary>
    string Description { get; }
}
