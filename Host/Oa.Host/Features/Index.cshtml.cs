using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Host.Features.Tasks;
using Oa.Host.Identity;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features;

/// <summary>工作台: what needs me now (to-dos, unread CCs), how my requests stand, and quick ways to start one.</summary>
public sealed class IndexModel(UserManager<AppUser> users, OrgCache org, OaDbContext db, EngineHost engine) : PageModel
{
    public sealed record TodoLine(string TaskId, string InstanceId, string Title, string NodeName, DateTimeOffset CreatedAt, bool Overdue);
    public sealed record StartLink(string Key, string Name, string? Category);

    public string DisplayName { get; private set; } = "";
    public string Department { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];
    public int TodoCount { get; private set; }
    public IReadOnlyList<TodoLine> Todos { get; private set; } = [];
    public int RunningCount { get; private set; }
    public int UnreadCc { get; private set; }
    public IReadOnlyList<StartLink> Startable { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return;
        var snapshot = await org.GetAsync(user.UserName, ct);
        DisplayName = user.DisplayName;
        Department = snapshot.DepartmentPath(user.DepartmentId);
        Roles = await users.GetRolesAsync(user);
        var name = user.UserName!;
        var todo = new TodoQuery(db, name, TaskAccess.RolesOf(User));
        var todoCount = await todo.CountAsync(TasksApi.CountCap, ct);
        TodoCount = todoCount.Assigned + todoCount.Pool;
        var now = DateTimeOffset.UtcNow;
        Todos = await todo.PageAsync(todoCount, null, 0, 5, t => new TodoLine(t.Id, t.InstanceId, t.InstanceTitle, t.Name, t.CreatedAt, t.DueAt < now), l => l.CreatedAt, _ => null, ct);
        RunningCount = await db.ProcessInstances.CountAsync(i => i.Initiator == name && i.Status == "running", ct);
        UnreadCc = await db.CarbonCopies.CountAsync(c => c.UserName == name && c.ReadAt == null, ct);
        await engine.PrepareAsync(ct);
        // What this user started most recently comes first, then the rest by category.
        var recent = await db.ProcessInstances.Where(i => i.Initiator == name).GroupBy(i => i.ProcessKey)
            .Select(g => new { Key = g.Key, Last = g.Max(i => i.StartedAt) }).ToListAsync(ct);
        var rank = recent.OrderByDescending(r => r.Last).Select((r, i) => (r.Key, i)).ToDictionary(x => x.Key, x => x.i);
        Startable = engine.Definitions.Latest.Where(p => ProcessStarters.CanStart(p.Settings, name, snapshot))
            .OrderBy(p => rank.GetValueOrDefault(p.Key, int.MaxValue)).ThenBy(p => p.Category ?? "", StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(8).Select(p => new StartLink(p.Key, p.Name, p.Category)).ToList();
    }
}
