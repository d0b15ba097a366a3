using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Oa.Host.Operations.Monitoring;

/// <summary>
/// Guards /metrics: with Monitoring:MetricsToken set, a scraper sends "Authorization: Bearer &lt;token&gt;"; without
/// one, only loopback callers (a Prometheus or agent on the same machine) are answered. Others get 404, as if
/// there were nothing there.
/// </summary>
public sealed class MetricsEndpoint(RequestDelegate next, IConfiguration config)
{
    public const string Path = "/metrics";

    public Task InvokeAsync(HttpContext ctx)
    {
        if (!ctx.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase) || Allowed(ctx)) return next(ctx);
        ctx.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private bool Allowed(HttpContext ctx)
    {
        if (config["Monitoring:MetricsToken"] is { Length: > 0 } token)
        {
            var header = ctx.Request.Headers.Authorization.ToString();
            return header.StartsWith("Bearer ", StringComparison.Ordinal)
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..]), Encoding.UTF8.GetBytes(token));
        }
        return ctx.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
    }
}
