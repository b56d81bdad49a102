namespace Staffing.Host.Security;

/// <summary>Authorisation policy names; endpoints name one of these, never raw roles.</summary>
public static class Policies
{
    /// <summary>Admins and resource managers: portfolio-wide staffing decisions.</summary>
    public const string Manager = "manager";

    /// <summary>Admins only.</summary>
    public const string Admin = "admin";

    /// <summary>Anyone inside the firm: admins, resource managers and partners.</summary>
    public const string Firm = "firm";

    /// <summary>Any signed-in user; object-level checks (<see cref="ClientScope"/>) narrow client users further.</summary>
    public const string Signed = "signed";

    /// <summary>Client users only (acting for their own client).</summary>
    public const string Client = "client";

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Manager, p => p.RequireRole(Roles.Admin, Roles.ResourceManager));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Firm, p => p.RequireRole(Roles.Admin, Roles.ResourceManager, Roles.Partner));
        options.AddPolicy(Signed, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Client, p => p.RequireRole(Roles.ClientUser).RequireClaim(StaffingClaims.Client));
    }
}
