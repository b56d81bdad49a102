using Staffing.Domain;
using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>
/// Base of the staffing grains: a broken business rule leaves the grain as <see cref="RuleViolationException"/>,
/// which crosses the wire, instead of the domain's own exception, which the domain keeps free of Orleans.
/// </summary>
public abstract class RuleEnforcingGrain : Grain, IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (DomainException e)
        {
            throw new RuleViolationException(e.Message);
        }
    }
}
