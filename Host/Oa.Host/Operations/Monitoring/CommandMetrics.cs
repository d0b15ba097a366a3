using System.Diagnostics;

namespace Oa.Host.Operations.Monitoring;

/// <summary>
/// Times the API calls that run an engine command (starting a request, acting on a task, withdrawing, cancelling)
/// and counts the ones refused with 409 after the engine's own retries, tagged by action.
/// </summary>
public sealed class CommandMetrics(RequestDelegate next, OaMetrics metrics)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        var action = ActionOf(ctx.Request);
        if (action is null)
        {
            await next(ctx);
            return;
        }
        using var activity = OaMetrics.Activities.StartActivity($"oa.command {action}");
        var started = Stopwatch.GetTimestamp();
        await next(ctx);
        var tags = new TagList { { "action", action }, { "status", ctx.Response.StatusCode } };
        metrics.CommandDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        if (ctx.Response.StatusCode == StatusCodes.Status409Conflict) metrics.CommandConflicts.Add(1, new KeyValuePair<string, object?>("action", action));
        activity?.SetTag("oa.status", ctx.Response.StatusCode);
    }

    // POST /api/processes/{key}/instances, /api/tasks/{id}/{action}, /api/instances/{id}/{action}
    private static string? ActionOf(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || request.Path.Value is not { } path) return null;
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            ["api", "processes", _, "instances"] => "start",
            ["api", "tasks", _, var a] => a,
            ["api", "instances", _, var a] => a,
            _ => null,
        };
    }
}
