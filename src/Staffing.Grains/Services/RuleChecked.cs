using Staffing.Domain;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>Runs a service operation so a broken rule surfaces as <see cref="RuleViolationException"/>, as it does from grains.</summary>
internal static class RuleChecked
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (DomainException e)
        {
            throw new RuleViolationException(e.Message);
        }
    }
}
