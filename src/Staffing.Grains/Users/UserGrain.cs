using Staffing.Grains.Abstractions;

namespace Staffing.Grains;

/// <summary>Holds one sign-in account; password checks happen in the host, which owns the hasher.</summary>
public sealed class UserGrain(
    [PersistentState(StateNames.User, StorageNames.Default)] IPersistentState<UserState> state) : Grain, IUserGrain
{
    public Task<UserAccount?> GetAsync() => Task.FromResult(state.State.Account);

    public async Task SaveAsync(UserAccount account)
    {
        if (!string.Equals(account.UserName, this.GetPrimaryKeyString(), StringComparison.Ordinal))
        {
            throw new ArgumentException($"account '{account.UserName}' does not belong under key '{this.GetPrimaryKeyString()}'", nameof(account));
        }

        state.State = new UserState { Account = account };
        await state.WriteStateAsync();
    }
}

[GenerateSerializer, Alias("staffing.user-state")]
public sealed record UserState
{
    [Id(0)] public UserAccount? Account { get; init; }
}
