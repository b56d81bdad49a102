using Staffing.Grains.Abstractions;

namespace Staffing.Host.Security;

/// <summary>Creates sign-in accounts and checks credentials against the user grains.</summary>
public sealed class UserAccounts(IGrainFactory grains, UserPasswords passwords)
{
    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    public async Task<UserAccount?> FindAsync(string userName) =>
        await grains.GetGrain<IUserGrain>(Normalize(userName)).GetAsync().ConfigureAwait(false);

    /// <summary>The account when the password matches; null otherwise (unknown user or wrong password alike).</summary>
    public async Task<UserAccount?> CheckAsync(string userName, string password)
    {
        var account = await FindAsync(userName).ConfigureAwait(false);
        return account is not null && passwords.Verify(account, password) ? account : null;
    }

    public async Task<UserAccount> CreateAsync(string userName, string password, string role, string? clientId = null, string? displayName = null, string? staffId = null)
    {
        if (!Roles.All.Contains(role))
        {
            throw new ArgumentException($"unknown role '{role}'", nameof(role));
        }

        if ((role == Roles.ClientUser) != (clientId is not null))
        {
            throw new ArgumentException("a client user is bound to exactly one client, and only a client user is", nameof(clientId));
        }

        var name = Normalize(userName);
        var account = new UserAccount
        {
            UserName = name,
            Role = role,
            ClientId = clientId,
            PasswordHash = passwords.Hash(name, password),
            DisplayName = displayName,
            StaffId = staffId,
        };
        await grains.GetGrain<IUserGrain>(name).SaveAsync(account).ConfigureAwait(false);
        return account;
    }
}
