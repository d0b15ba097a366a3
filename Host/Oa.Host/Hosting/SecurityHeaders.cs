namespace Oa.Host.Hosting;

/// <summary>
/// Defence in depth for every response: no MIME sniffing, no framing by other sites, no referrer leaks, and a
/// CSP that allows only our own scripts (the diagram and form islands are bundled; none is inline).
/// Inline styles stay allowed because bpmn-js and form-js set element styles at run time; bpmn-js embeds its icon
/// font as a data: URL.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext ctx)
    {
        var h = ctx.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        if (!ctx.Request.Path.StartsWithSegments("/scalar"))
            h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; frame-ancestors 'none'; form-action 'self'";
        return next(ctx);
    }
}
