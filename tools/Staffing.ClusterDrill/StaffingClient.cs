using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Staffing.ClusterDrill;

/// <summary>What one HTTP call came to, as the drill counts it.</summary>
internal enum Outcome
{
    /// <summary>2xx: the write is acknowledged, the read answered.</summary>
    Acknowledged,

    /// <summary>4xx other than 429: a definite refusal (clash, validation), nothing changed.</summary>
    Refused,

    /// <summary>429: shed at the door, nothing was started.</summary>
    Shed,

    /// <summary>503 problem details, a dropped connection or a timeout: the outcome of a write is not known.</summary>
    Unavailable,

    /// <summary>500 and any other 5xx, or a 503 that is not problem details: a failure of the service.</summary>
    Error,
}

/// <summary>The slice of the Staffing HTTP API the drill drives, signed in with one cookie across every silo.</summary>
internal sealed class StaffingClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    private string? _cookie;

    /// <summary>Clients that send the cookie by hand, so one sign-in serves every silo.</summary>
    public static HttpClient CreateHttp(int maxConnections, TimeSpan timeout) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        MaxConnectionsPerServer = maxConnections,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        ConnectTimeout = TimeSpan.FromSeconds(3),
        AutomaticDecompression = DecompressionMethods.None,
    })
    { Timeout = timeout };

    public string Cookie => _cookie ?? throw new InvalidOperationException("sign in first");

    public StaffingClient WithCookie(string cookie)
    {
        _cookie = cookie;
        return this;
    }

    public async Task<bool> SignInAsync(Uri silo, string user, string password)
    {
        using var response = await http.PostAsJsonAsync(new Uri(silo, "api/auth/login"), new { user, password });
        if (!response.IsSuccessStatusCode || !response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            return false;
        }

        _cookie = string.Join("; ", cookies.Select(c => c.Split(';')[0]));
        return true;
    }

    public Task<(Outcome Outcome, int Status)> ReadTeamAsync(Uri silo, string project, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, TeamUri(silo, project), null, cancellationToken);

    public static Uri TeamUri(Uri silo, string project) => new(silo, $"api/projects/{Uri.EscapeDataString(project)}/team");

    /// <summary>
    /// A GET for the load benchmark: the URI is built once by the caller, the cookie added without re-validation
    /// and the body drained without being kept, so the generator spends as little of the shared CPU as it can.
    /// </summary>
    public async Task<int> GetStatusAsync(Uri uri)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("Cookie", Cookie);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await response.Content.CopyToAsync(Stream.Null);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException)
        {
            return 0;
        }
    }

    public Task<(Outcome Outcome, int Status)> BookAsync(Uri silo, string project, string seat, string staff, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, new Uri(silo, $"api/projects/{project}/seats/{Uri.EscapeDataString(seat)}/holder"), JsonContent.Create(new { staff }), cancellationToken);

    public Task<(Outcome Outcome, int Status)> VacateAsync(Uri silo, string project, string seat, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, new Uri(silo, $"api/projects/{project}/seats/{Uri.EscapeDataString(seat)}/holder"), null, cancellationToken);

    public async Task<(Outcome Outcome, int Status)> SendAsync(HttpMethod method, Uri uri, HttpContent? content, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Add("Cookie", Cookie);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return (Classify(response), (int)response.StatusCode);
        }
        catch (HttpRequestException)
        {
            return (Outcome.Unavailable, 0);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (Outcome.Unavailable, 0);
        }
    }

    /// <summary>Sends a prepared request with the cookie and answers its outcome, status and body.</summary>
    public async Task<(Outcome Outcome, int Status, string Body)> SendForBodyAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        request.Headers.Add("Cookie", Cookie);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return (Classify(response), (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException)
        {
            return (Outcome.Unavailable, 0, "");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (Outcome.Unavailable, 0, "");
        }
    }

    /// <summary>GET as JSON; null when the call did not answer 200.</summary>
    public async Task<JsonNode?> GetJsonAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("Cookie", Cookie);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
        return status switch
        {
            >= 200 and < 300 => Outcome.Acknowledged,
            429 => Outcome.Shed,
            503 when problem => Outcome.Unavailable,
            >= 400 and < 500 => Outcome.Refused,
            _ => Outcome.Error,
        };
    }
}
