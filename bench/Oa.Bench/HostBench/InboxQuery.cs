using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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

    public static async Task<InboxPage> PageAsync(IServiceProvider services, ClaimsPrincipal user, int page = 1)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var task = (Task<Results<Ok<InboxPage>, ValidationProblem>>)Handler.Invoke(null, ["todo", page, 20, new InboxFilter(), user, db, CancellationToken.None])!;
        var result = (await task).Result;
        return result is Ok<InboxPage> ok ? ok.Value! : throw new InvalidOperationException($"inbox answered {result.GetType().Name}");
    }

    /// <summary>
    /// The plans of the page query's two branches. The SQL comes from the product's own query pieces (TodoQuery: assigned
    /// and pool branches, the default newest-first order, page of 20) turned into SQL by EF, then EXPLAIN (QUERY PLAN).
    /// </summary>
    public static async Task<string> PlanAsync(HostHarness host, string user, IReadOnlyCollection<string> roles)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        await db.Database.OpenConnectionAsync();
        var lines = new List<string>();
        foreach (var branch in TodoQuery.Branches(db, user, roles, q => q))
        {
            var sql = TodoQuery.Sorted(branch, null).Take(20).ToQueryString();
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = (host.Provider == "sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + StripDeclarations(sql);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? "");
        }
        return string.Join(" | ", lines);
    }

    // ToQueryString prefixes parameters as ".param set @p '...'" (SQLite) or "-- @p='...'" (PostgreSQL): inline them.
    private static string StripDeclarations(string sql)
    {
        var body = new List<string>();
        var values = new Dictionary<string, string>();
        foreach (var line in sql.Split('\n'))
        {
            var l = line.TrimEnd('\r');
            if (l.StartsWith(".param set "))
            {
                var rest = l[".param set ".Length..];
                var sp = rest.IndexOf(' ');
                values[rest[..sp]] = rest[(sp + 1)..];
            }
            else if (l.StartsWith("-- @"))
            {
                var eq = l.IndexOf('=');
                var name = l[3..eq];
                var v = l[(eq + 1)..];
                var typeAt = v.IndexOf(" (DbType", StringComparison.Ordinal);
                values[name] = typeAt >= 0 ? v[..typeAt] : v;
            }
            else body.Add(l);
        }
        var text = string.Join('\n', body);
        foreach (var (k, v) in values.OrderByDescending(kv => kv.Key.Length)) text = text.Replace(k, v);
        return text;
    }
}
