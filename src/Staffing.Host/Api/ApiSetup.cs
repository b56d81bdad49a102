using System.Text.Json;
using System.Text.Json.Serialization;
using Staffing.Solver;

namespace Staffing.Host.Api;

/// <summary>The HTTP API's services and its route table, one module per resource.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddStaffingApi(this IServiceCollection services)
    {
        services.AddSingleton<TeamSolver>();
        services.AddKeyAccounts();
        services.ConfigureHttpJsonOptions(options =>
        {
            // Enums read and write as in the scenario format: "diamond", "senior-manager".
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapStaffingApi(this IEndpointRouteBuilder routes)
    {
        routes.MapAuthApi();
        routes.MapClientsApi();
        routes.MapProjectsApi();
        routes.MapStaffApi();
        routes.MapSeatsApi();
        routes.MapSolveApi();
        routes.MapProposalsApi();
        routes.MapReturnsApi();
        routes.MapPicksApi();
        routes.MapQueueApi();
        routes.MapPartnersApi();
        routes.MapAuditApi();
        routes.MapTiersApi();
        routes.MapKeyAccountHealthApi();
        routes.MapAccountStagesApi();
        routes.MapOpportunitiesApi();
        routes.MapProfitApi();
        routes.MapCommercialBookApi();
        routes.MapImportExportApi();
        return routes;
    }
}
