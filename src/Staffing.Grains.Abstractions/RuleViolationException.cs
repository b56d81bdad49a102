namespace Staffing.Grains.Abstractions;

/// <summary>
/// A request broke a business rule (an unknown seat, a forbidden status move, a partner for a non-diamond client).
/// The message is written for the person who asked; the HTTP layer maps it to a problem response.
/// </summary>
[GenerateSerializer, Alias("staffing.rule-violation")]
public sealed class RuleViolationException : Exception
{
    public RuleViolationException()
    {
    }

    public RuleViolationException(string message)
        : base(message)
    {
    }

    public RuleViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
