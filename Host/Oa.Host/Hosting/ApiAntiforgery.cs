using Microsoft.AspNetCore.Antiforgery;

namespace Oa.Host.Hosting;

/// <summary>
/// CSRF protection for the API when the browser calls it with the login cookie: state-changing requests must
/// carry the anti-forgery header. Bearer-token calls are exempt (a browser never adds that header by itself).
/// </summary>
public sealed class ApiAntiforgery(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")
            && !HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsHead(ctx.Request.Method) && !HttpMethods.IsOptions(ctx.Request.Method)
            && ctx.User.Identity?.IsAuthenticated == true
            && ctx.User.Identity.AuthenticationType != Identity.BearerTokenHandler.SchemeName)
        {
            if (!await antiforgery.IsRequestValidAsync(ctx))
            {
                ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
                await Results.Problem("缺少或无效的防伪令牌 (missing or invalid anti-forgery token)", statusCode: 400, title: "Antiforgery").ExecuteAsync(ctx);
                return;
            }
        }
        await next(ctx);
    }
}
