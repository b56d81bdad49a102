using System.Net;
using System.Text.Json;

namespace Staffing.Host.Tests;

public sealed class HealthEndpointTests(StaffingHostFixture fixture) : IClassFixture<StaffingHostFixture>
{
    [Fact]
    public async Task Live_answers_healthy()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_reports_the_active_silo()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var silo = body.RootElement.GetProperty("checks").GetProperty("silo");
        Assert.Equal("Healthy", silo.GetProperty("status").GetString());
        Assert.Equal("Active", silo.GetProperty("data").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_document_is_served()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", body.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_route_answers_problem_details()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
