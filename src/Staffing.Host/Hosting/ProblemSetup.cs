using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;
using Staffing.Grains.Abstractions;

namespace Staffing.Host.Hosting;

/// <summary>Every error leaves as RFC 9457 problem details; a broken rule is a 409, an unreachable cluster or store a 503, not a 500.</summary>
public static class ProblemSetup
{
    public static IServiceCollection AddStaffingProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options =>
        {
            options.CustomizeProblemDetails = context =>
            {
                context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
                context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            };
        });
        services.AddExceptionHandler<RuleViolationExceptionHandler>();
        services.AddExceptionHandler<UnavailableExceptionHandler>();
        return services;
    }

    /// <summary>A broken business rule that reached the edge (a grain or service refused the change) is a 409, never a 500.</summary>
    private sealed class RuleViolationExceptionHandler(IProblemDetailsService problems, ILogger<RuleViolationExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not RuleViolationException violation)
            {
                return false;
            }

            logger.LogInformation("Request {Path} refused: {Rule}", httpContext.Request.Path, violation.Message);
            httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails =
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "The change breaks a staffing rule",
                    Detail = violation.Message,
                },
            }).ConfigureAwait(false);
        }
    }

    private sealed class UnavailableExceptionHandler(IProblemDetailsService problems, ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (!IsUnavailable(exception))
            {
                return false;
            }

            logger.LogWarning(exception, "Request {Path} failed: the cluster or its store is unavailable", httpContext.Request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = "2";
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails =
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Service temporarily unavailable",
                    Detail = "The request could not be completed because the cluster or its database is unavailable. Nothing was changed; retry shortly.",
                },
            }).ConfigureAwait(false);
        }

        private static bool IsUnavailable(Exception exception) => exception switch
        {
            SiloUnavailableException or OrleansMessageRejectionException or TimeoutException => true,
            System.Data.Common.DbException => true,
            _ when exception.InnerException is not null => IsUnavailable(exception.InnerException),
            _ => false,
        };
    }
}
