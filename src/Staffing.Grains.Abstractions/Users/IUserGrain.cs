namespace Staffing.Grains.Abstractions;

/// <summary>One sign-in account, keyed by lower-case user name.</summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>The account, or null when there is none under this name.</summary>
    Task<UserAccount?> GetAsync();

    /// <summary>Creates or replaces the account.</summary>
    Task SaveAsync(UserAccount account);
}
