using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Designer.Audit;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer;

/// <summary>变更记录: the latest changes to definitions and migrations; a process admin sees those on what they may change.</summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed class AuditModel(OaDbContext db, EngineHost engine) : PageModel
{
    public const int Take = 200;

    public IReadOnlyList<DesignerAuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(string? subject, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var query = db.DesignerAudit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(subject)) query = query.Where(a => a.Subject == subject);
        // Newest first by id (SQLite cannot order by DateTimeOffset); filtered in memory by the caller's scope.
        var rows = await query.OrderByDescending(a => a.Id).Take(Take * 4).ToListAsync(ct);
        Entries = rows.Where(a => a.SubjectKind == "form" ? DesignerAccess.MayEditForm(User, engine, a.Subject) : DesignerAccess.MayEditProcess(User, engine, a.Subject))
            .Take(Take).ToList();
    }

    public static string ActionText(string action) => action switch
    {
        "publish" => "发布", "rollback" => "重新发布旧版本", "import" => "导入", "api-publish" => "接口发布", "draft-create" => "开始草稿",
        "draft-discard" => "丢弃草稿", "migrate" => "实例迁移", _ => action,
    };
}
