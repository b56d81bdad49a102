using Orleans.Serialization.Activators;
using Orleans.Serialization.Serializers;

namespace Staffing.Persistence.Tests.Support;

/// <summary>Creates default state with the parameterless constructor, as the silo's activators do for records.</summary>
public sealed class NewActivatorProvider : IActivatorProvider
{
    public IActivator<T> GetActivator<T>() => new NewActivator<T>();

    private sealed class NewActivator<T> : IActivator<T>
    {
        public T Create() => Activator.CreateInstance<T>();
    }
}
