using System.Net;
using System.Net.Http.Json;

namespace Staffing.Host.Tests;

/// <summary>Every endpoint as every role, with the caller's own and another client's ids.</summary>
public sealed class AccessMatrixTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    public static TheoryData<string, string, string?, int> Reads => new()
    {
        // method, path template ({A}, {B} clients; {PA}, {PB} projects; {S} staff), user, expected status
        { "GET", "/api/clients", null, 401 },
        { "GET", "/api/clients", "admin", 200 },
        { "GET", "/api/clients", "manager", 200 },
        { "GET", "/api/clients", "client-A", 200 },
        { "GET", "/api/clients/{A}", "client-A", 200 },
        { "GET", "/api/clients/{B}", "client-A", 404 },
        { "GET", "/api/clients/{B}", "manager", 200 },
        { "GET", "/api/clients/{A}", null, 401 },
        { "GET", "/api/projects", null, 401 },
        { "GET", "/api/projects", "client-A", 200 },
        { "GET", "/api/projects/{PA}", "client-A", 200 },
        { "GET", "/api/projects/{PB}", "client-A", 404 },
        { "GET", "/api/projects/{PB}", "manager", 200 },
        { "GET", "/api/projects/{PA}/team", "client-A", 200 },
        { "GET", "/api/projects/{PB}/team", "client-A", 404 },
        { "GET", "/api/projects/{PB}/team", "admin", 200 },
        { "GET", "/api/projects/{PA}", null, 401 },
        { "GET", "/api/staff", null, 401 },
        { "GET", "/api/staff", "client-A", 403 },
        { "GET", "/api/staff", "manager", 200 },
        { "GET", "/api/staff", "admin", 200 },
        { "GET", "/api/staff/{S}", "client-A", 403 },
        { "GET", "/api/staff/{S}", "manager", 200 },
        { "GET", "/api/scenario", null, 401 },
        { "GET", "/api/scenario", "client-A", 403 },
        { "GET", "/api/scenario", "manager", 200 },
        { "GET", "/api/scenario", "admin", 200 },
        { "DELETE", "/api/projects/{PA}/seats/none/holder", "client-A", 403 },
        { "DELETE", "/api/projects/{PA}/seats/none/holder", null, 401 },
        { "DELETE", "/api/projects/{PA}/seats/none/holder", "manager", 404 },
        { "POST", "/api/solve", null, 401 },
        { "POST", "/api/solve", "client-A", 403 },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Endpoint_answers_by_role_and_ownership(string method, string template, string? user, int expected)
    {
        using var client = await demo.SignedInAsync(user?.Replace("client-A", $"client-{demo.ClientA}", StringComparison.Ordinal));
        var path = template
            .Replace("{PA}", demo.ProjectOfA, StringComparison.Ordinal)
            .Replace("{PB}", demo.ProjectOfB, StringComparison.Ordinal)
            .Replace("{A}", demo.ClientA, StringComparison.Ordinal)
            .Replace("{B}", demo.ClientB, StringComparison.Ordinal)
            .Replace("{S}", demo.AnyStaff, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { format = "staffing-scenario/1" });
        }

        var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Client_user_lists_only_its_own_client_and_projects()
    {
        using var client = await demo.SignedInAsync($"client-{demo.ClientA}");

        using var clients = await DemoHostFixture.JsonAsync(await client.GetAsync(new Uri("/api/clients", UriKind.Relative)));
        using var projects = await DemoHostFixture.JsonAsync(await client.GetAsync(new Uri("/api/projects?pageSize=200", UriKind.Relative)));

        var clientIds = clients.RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal([demo.ClientA], clientIds);
        var owners = projects.RootElement.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("clientId").GetString()).Distinct().ToList();
        Assert.Equal([demo.ClientA], owners);
    }
}
