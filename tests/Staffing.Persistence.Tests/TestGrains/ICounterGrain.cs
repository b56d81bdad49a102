namespace Staffing.Persistence.Tests.TestGrains;

/// <summary>A small persistent grain used to prove state and reminders outlive a silo.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one and stores the new count.</summary>
    Task<int> Increment();

    /// <summary>The stored count.</summary>
    Task<int> Get();

    /// <summary>Registers a reminder that fires in an hour (never during a test).</summary>
    Task ScheduleDeadline(string name);

    /// <summary>Whether the reminder table holds the named reminder for this grain.</summary>
    Task<bool> HasDeadline(string name);
}
