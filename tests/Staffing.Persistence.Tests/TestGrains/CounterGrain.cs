namespace Staffing.Persistence.Tests.TestGrains;

[GenerateSerializer, Alias("Staffing.Persistence.Tests.CounterState")]
public sealed record CounterState
{
    [Id(0)]
    public int Count { get; init; }
}

public sealed class CounterGrain(
    [PersistentState("counter", CounterGrain.StorageName)] IPersistentState<CounterState> state)
    : Grain, ICounterGrain, IRemindable
{
    public const string StorageName = "staffing";

    public async Task<int> Increment()
    {
        state.State = state.State with { Count = state.State.Count + 1 };
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<int> Get() => Task.FromResult(state.State.Count);

    public Task ScheduleDeadline(string name) =>
        this.RegisterOrUpdateReminder(name, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    public async Task<bool> HasDeadline(string name) => await this.GetReminder(name) is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
