namespace Staffing.Host.Security;

/// <summary>The four roles of the product.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string ResourceManager = "ResourceManager";
    public const string Partner = "Partner";
    public const string ClientUser = "ClientUser";

    public static IReadOnlyList<string> All { get; } = [Admin, ResourceManager, Partner, ClientUser];
}

/// <summary>Claim types the product adds to the sign-in cookie.</summary>
public static class StaffingClaims
{
    /// <summary>The client a ClientUser acts for.</summary>
    public const string Client = "staffing:client";

    /// <summary>The staff member behind the account, if any.</summary>
    public const string Staff = "staffing:staff";
}
