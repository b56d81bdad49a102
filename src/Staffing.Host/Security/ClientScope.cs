using System.Security.Claims;

namespace Staffing.Host.Security;

/// <summary>
/// Object-level authorisation: a client user sees only its own client's objects. Endpoints answer 404 (not 403)
/// for others' objects, so ids of other clients cannot be probed.
/// </summary>
public static class ClientScope
{
    /// <summary>The client a client user is bound to; null for firm users.</summary>
    public static string? BoundClient(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.ClientUser) ? user.FindFirstValue(StaffingClaims.Client) ?? string.Empty : null;

    /// <summary>Whether the user may see objects of <paramref name="clientId"/>.</summary>
    public static bool CanSeeClient(this ClaimsPrincipal user, string? clientId)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var bound = user.BoundClient();
        return bound is null || (clientId is not null && string.Equals(bound, clientId, StringComparison.Ordinal));
    }
}
