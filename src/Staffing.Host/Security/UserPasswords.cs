using Microsoft.AspNetCore.Identity;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Security;

/// <summary>Hashes and checks passwords with ASP.NET Core Identity's standard PBKDF2 hasher.</summary>
public sealed class UserPasswords
{
    private readonly PasswordHasher<UserAccount> _hasher = new();

    public string Hash(string userName, string password) =>
        _hasher.HashPassword(Placeholder(userName), password);

    public bool Verify(UserAccount account, string password) =>
        _hasher.VerifyHashedPassword(account, account.PasswordHash, password) is not PasswordVerificationResult.Failed;

    private static UserAccount Placeholder(string userName) =>
        new() { UserName = userName, Role = Roles.ClientUser, PasswordHash = string.Empty };
}
