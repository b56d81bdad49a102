using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Tests;

/// <summary>
/// Every /api endpoint the host maps, called as every kind of caller with another client's ids: anonymous
/// callers always get 401, a client user never gets a success on another client's objects, nobody ever
/// gets a 500, and every refusal is problem details. New endpoints are covered without editing this test.
/// </summary>
public sealed partial class EveryEndpointTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private sealed record Endpoint(string Method, string Pattern, bool Anonymous);

    private IReadOnlyList<Endpoint> Endpoints() =>
        demo.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new Endpoint(m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .Distinct()
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_api_has_the_endpoints_this_test_walks()
    {
        Assert.True(Endpoints().Count >= 50, $"only {Endpoints().Count} endpoints found");
    }

    [Fact]
    public async Task Anonymous_callers_get_401_problem_everywhere_but_sign_in()
    {
        using var client = await demo.SignedInAsync(null);
        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => !e.Anonymous))
        {
            var response = await SendAsync(client, endpoint, await OtherClientPathAsync(endpoint.Pattern));
            if (response.StatusCode != HttpStatusCode.Unauthorized || !IsProblem(response))
            {
                failures.Add($"{endpoint.Method} {endpoint.Pattern}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_client_user_never_succeeds_on_another_clients_objects()
    {
        using var client = await demo.SignedInAsync($"client-{demo.ClientA}");
        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => !e.Anonymous && e.Pattern.Contains('{', StringComparison.Ordinal)))
        {
            var path = await OtherClientPathAsync(endpoint.Pattern);
            var response = await SendAsync(client, endpoint, path);
            var status = (int)response.StatusCode;
            if (status < 400 || status >= 500 || !IsProblem(response))
            {
                failures.Add($"{endpoint.Method} {path}: {status}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("admin")]
    [InlineData("partner")]
    [InlineData("client-A")]
    public async Task Reads_never_fail_with_a_server_error(string user)
    {
        using var client = await demo.SignedInAsync(user switch
        {
            "client-A" => $"client-{demo.ClientA}",
            "partner" => demo.PartnerUser,
            _ => user,
        });
        var failures = new List<string>();
        foreach (var endpoint in Endpoints().Where(e => e.Method == "GET" && !e.Pattern.EndsWith("/progress", StringComparison.Ordinal)))
        {
            var path = await OtherClientPathAsync(endpoint.Pattern);
            var response = await SendAsync(client, endpoint, path);
            if ((int)response.StatusCode >= 500 || ((int)response.StatusCode >= 400 && !IsProblem(response)))
            {
                failures.Add($"GET {path}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Endpoint endpoint, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
        if (endpoint.Method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
    }

    private static bool IsProblem(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType == "application/problem+json";

    /// <summary>The pattern with every parameter naming an object of client B (or an unknown id).</summary>
    private async Task<string> OtherClientPathAsync(string pattern)
    {
        var grains = demo.Factory.Services.GetRequiredService<IGrainFactory>();
        var project = await grains.GetGrain<IProjectGrain>(demo.ProjectOfB).GetAsync();
        var seat = Uri.EscapeDataString(project!.Seats[0].Id);
        return Parameter().Replace(pattern, match =>
        {
            var name = match.Groups[1].Value;
            var before = pattern[..match.Index];
            return name switch
            {
                "projectId" or "project" => demo.ProjectOfB,
                "seatId" or "seat" => seat,
                "client" or "clientId" => demo.ClientB,
                "staff" or "staffId" => demo.AnyStaff,
                "kind" => "clients",
                "id" when before.EndsWith("/clients/", StringComparison.Ordinal) || before.EndsWith("/accounts/", StringComparison.Ordinal) => demo.ClientB,
                "id" when before.EndsWith("/projects/", StringComparison.Ordinal) => demo.ProjectOfB,
                "id" when before.EndsWith("/staff/", StringComparison.Ordinal) || before.EndsWith("/people/", StringComparison.Ordinal) => demo.AnyStaff,
                _ => "no-such-" + name,
            };
        });
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
