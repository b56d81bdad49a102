namespace Staffing.Solver.Tests;

/// <summary>Marks a test as the focused specification of one registered rule (see the registry meta-test).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class RuleTestAttribute(string rule) : Attribute
{
    public string Rule { get; } = rule;
}
