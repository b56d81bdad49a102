namespace Staffing.Host.Api.Portal;

/// <summary>Read endpoints that exist for the portal's screens: they shape firm data for one chart or list each.</summary>
public static class PortalApi
{
    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder routes)
    {
        routes.MapUtilisationApi();
        routes.MapOpenSeatsApi();
        routes.MapTalentApi();
        return routes;
    }
}
