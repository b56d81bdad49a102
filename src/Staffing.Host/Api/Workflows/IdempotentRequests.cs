using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Api;

/// <summary>
/// Requests sent with an <c>Idempotency-Key</c> header: the first answer (status, body, location) is kept in a grain
/// keyed by user and key and replayed to every retry, so a retried return or pick never happens twice. The same key
/// with a different request is refused (422); a retry while the first is still running is told to wait (409).
/// </summary>
public static class IdempotentRequests
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;

    public static async Task<IResult> RunAsync(HttpContext http, object request, IGrainFactory grains, Func<Task<IResult>> handler)
    {
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await handler();
        }

        if (key.Length > MaxKeyLength)
        {
            return WorkflowProblems.Invalid(Header, $"{Header} may have at most {MaxKeyLength} characters");
        }

        var user = http.User.FindFirstValue(ClaimTypes.Name) ?? "anonymous";
        var grain = grains.GetGrain<IIdempotencyGrain>($"{user}/{key}");
        var fingerprint = Fingerprint(http, request);
        var claim = await grain.ClaimAsync(fingerprint);
        switch (claim.Claim)
        {
            case IdempotencyClaim.Replay:
                return Replay(http, claim.Response!);
            case IdempotencyClaim.InFlight:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The request is still being processed",
                    detail: $"A request with this {Header} is still running; retry shortly to get its answer.");
            case IdempotencyClaim.Mismatch:
                return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: $"{Header} already used",
                    detail: $"This {Header} was used for a different request; use a new key for a new request.");
        }

        IdempotentResponse response;
        try
        {
            response = await CaptureAsync(http, await handler());
        }
        catch
        {
            await grain.AbandonAsync(fingerprint);
            throw;
        }

        if (response.Status >= 500)
        {
            await grain.AbandonAsync(fingerprint);
        }
        else
        {
            await grain.CompleteAsync(fingerprint, response);
        }

        return Replay(http, response);
    }

    private static string Fingerprint(HttpContext http, object request)
    {
        var text = $"{http.Request.Method} {http.Request.Path} {JsonSerializer.Serialize(request, request.GetType())}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static async Task<IdempotentResponse> CaptureAsync(HttpContext http, IResult result)
    {
        var probe = new DefaultHttpContext { RequestServices = http.RequestServices, User = http.User };
        probe.Request.Path = http.Request.Path;
        probe.Request.Method = http.Request.Method;
        using var body = new MemoryStream();
        probe.Response.Body = body;
        await result.ExecuteAsync(probe);
        var headers = new Dictionary<string, string>();
        if (probe.Response.Headers.Location.ToString() is { Length: > 0 } location)
        {
            headers["Location"] = location;
        }

        return new IdempotentResponse { Status = probe.Response.StatusCode, ContentType = probe.Response.ContentType, Body = body.ToArray(), Headers = headers };
    }

    private static IResult Replay(HttpContext http, IdempotentResponse response)
    {
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers[name] = value;
        }

        return new Replayed(response);
    }

    /// <summary>A stored answer written back as it was first given.</summary>
    private sealed class Replayed(IdempotentResponse response) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = response.Status;
            if (response.ContentType is { } type)
            {
                httpContext.Response.ContentType = type;
            }

            await httpContext.Response.Body.WriteAsync(response.Body);
        }
    }
}
