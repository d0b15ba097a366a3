using Oa.Host.Data;
using Oa.Host.Features.Definitions;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer.Audit;

/// <summary>Writes <see cref="DesignerAuditEntry"/> rows; callers record only what actually changed.</summary>
public static class DesignerAudit
{
    public static Task RecordAsync(OaDbContext db, HttpContext http, string action, string kind, string subject, int? version = null,
        string? detail = null, CancellationToken ct = default) =>
        RecordAsync(db, http.RequestServices.GetRequiredService<TimeProvider>(), http.User.UserName(), http.Connection.RemoteIpAddress?.ToString(),
            action, kind, subject, version, detail, ct);

    public static async Task RecordAsync(OaDbContext db, TimeProvider clock, string user, string? ip, string action, string kind, string subject,
        int? version = null, string? detail = null, CancellationToken ct = default)
    {
        db.DesignerAudit.Add(new DesignerAuditEntry
        {
            At = clock.GetUtcNow(), UserName = user, ClientIp = ip, Action = action, SubjectKind = kind, Subject = subject, Version = version,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A publish (designer, import, API): one row per process or form that got a new version.</summary>
    public static async Task PublishedAsync(OaDbContext db, HttpContext http, string action, PublishOutcome outcome, CancellationToken ct)
    {
        if (!outcome.Succeeded) return;
        foreach (var p in outcome.Processes.Where(p => p.Changed))
            await RecordAsync(db, http, action, "process", p.Key, p.Version, ct: ct);
        foreach (var f in outcome.Forms.Where(f => f.Changed))
            await RecordAsync(db, http, action, "form", f.Id, f.Version, ct: ct);
    }
}
