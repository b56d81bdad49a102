namespace Staffing.Grains.Abstractions;

/// <summary>A person who signs in: their role and, for a client user, the one client they act for.</summary>
[GenerateSerializer, Immutable, Alias("staffing.user-account")]
public sealed record UserAccount
{
    /// <summary>Sign-in name, lower case; also the grain key.</summary>
    [Id(0)] public required string UserName { get; init; }

    /// <summary>One of Admin, ResourceManager, Partner, ClientUser.</summary>
    [Id(1)] public required string Role { get; init; }

    /// <summary>The client a ClientUser is bound to; null for everyone else.</summary>
    [Id(2)] public string? ClientId { get; init; }

    /// <summary>A standard password hash (never the password).</summary>
    [Id(3)] public required string PasswordHash { get; init; }

    [Id(4)] public string? DisplayName { get; init; }

    /// <summary>The staff member behind a Partner or ResourceManager account, when there is one.</summary>
    [Id(5)] public string? StaffId { get; init; }
}
