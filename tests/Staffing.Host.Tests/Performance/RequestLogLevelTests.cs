using Microsoft.AspNetCore.Http;
using Serilog.Events;
using Staffing.Host.Hosting;

namespace Staffing.Host.Tests.Performance;

public sealed class RequestLogLevelTests
{
    [Theory]
    [InlineData("GET", "/api/projects/p1/team", 200, 3, LogEventLevel.Debug)]
    [InlineData("GET", "/api/projects/p1/team", 404, 3, LogEventLevel.Information)]
    [InlineData("GET", "/api/projects/p1/team", 200, 1500, LogEventLevel.Warning)]
    [InlineData("PUT", "/api/projects/p1/seats/s1/holder", 200, 3, LogEventLevel.Information)]
    [InlineData("PUT", "/api/projects/p1/seats/s1/holder", 409, 3, LogEventLevel.Information)]
    [InlineData("GET", "/api/projects/p1/team", 500, 3, LogEventLevel.Error)]
    [InlineData("GET", "/health/ready", 200, 3, LogEventLevel.Verbose)]
    public void Fast_successful_reads_fall_below_the_default_level(string method, string path, int status, double ms, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Response.StatusCode = status;

        Assert.Equal(expected, RequestLogLevel.Of(context, ms, exception: null));
    }

    [Fact]
    public void A_failure_is_an_error_whatever_the_request()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";

        Assert.Equal(LogEventLevel.Error, RequestLogLevel.Of(context, 1, new InvalidOperationException("broken")));
    }
}
