using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Oa.Host.Operations;

/// <summary>
/// Several instances behind nginx (or any reverse proxy): with ReverseProxy:Enabled (or a KnownProxies /
/// KnownNetworks list), X-Forwarded-For and X-Forwarded-Proto from a trusted proxy become the request's client
/// address and scheme. That matters beyond logs: the audit trail records the real client, cookies are marked Secure
/// when the user came over HTTPS, and /metrics (answered to loopback callers only, when no token is set) is not
/// opened to the whole internet by a proxy on the same machine. Headers from anyone else are ignored.
/// </summary>
public static class ReverseProxy
{
    public static bool Enabled(IConfiguration config) =>
        config.GetValue("ReverseProxy:Enabled", false) || List(config, "KnownProxies").Length > 0 || List(config, "KnownNetworks").Length > 0;

    public static void Configure(ForwardedHeadersOptions o, IConfiguration config)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // Loopback (a proxy on the same machine) is trusted by default; configured proxies and networks are added.
        foreach (var proxy in List(config, "KnownProxies")) o.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in List(config, "KnownNetworks")) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }

    public static WebApplication UseOaForwardedHeaders(this WebApplication app)
    {
        if (!Enabled(app.Configuration)) return app;
        var options = new ForwardedHeadersOptions();
        Configure(options, app.Configuration);
        app.UseForwardedHeaders(options);
        return app;
    }

    private static string[] List(IConfiguration config, string key) =>
        (config[$"ReverseProxy:{key}"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
