using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Features.Tasks;

namespace Oa.Bench.HostBench;

// Calls the product's inbox endpoint handler (TasksApi.Inbox, what GET /api/tasks?box=todo runs: the capped count
// then the page) through reflection — it is internal — with a principal carrying the user's roles, in a fresh
// scope per call as a request would have.
public static class InboxQuery
{
    private static readonly MethodInfo Handler = typeof(TasksApi).GetMethod("Inbox", BindingFlags.NonPublic | BindingFlags.Static)
        ?? throw new InvalidOperationException("TasksApi.Inbox not found: the bench must call the product's inbox query.");

    public static ClaimsPrincipal Principal(string user, IEnumerable<string> roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, user), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "bench"));

    public static async Task<InboxPage> PageAsync(IServiceProvider services, ClaimsPrincipal user, int page = 1, InboxFilter? filter = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var task = (Task<Results<Ok<InboxPage>, ValidationProblem>>)Handler.Invoke(null, ["todo", page, 20, filter ?? new InboxFilter(), user, db, CancellationToken.None])!;
        var result = (await task).Result;
        return result is Ok<InboxPage> ok ? ok.Value! : throw new InvalidOperationException($"inbox answered {result.GetType().Name}");
    }
}
