using System.Security.Claims;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer.Drafts;

/// <summary>/api/designer/drafts/{key}: the modeler saves its XML here a moment after each edit; GET reads it back, DELETE discards it.</summary>
public static class DraftsApi
{
    public const int MaxXmlChars = 5 * 1024 * 1024;

    public sealed record DraftInput(string? Xml, int? BaseVersion);

    public sealed record DraftView(string ProcessKey, string Xml, int? BaseVersion, DateTimeOffset SavedAt, string SavedBy);

    public static void MapDesignerDraftsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/designer/drafts").WithTags("Designer").RequireAuthorization(Policies.ProcessAdmin);
        group.MapGet("/{key}", Get);
        group.MapPut("/{key}", Save);
        group.MapDelete("/{key}", Discard);
    }

    private static async Task<Results<Ok<DraftView>, NotFound, ForbidHttpResult>> Get(string key, ClaimsPrincipal principal, OaDbContext db, EngineHost engine, CancellationToken ct)
    {
        if (!await MayEditAsync(principal, engine, key, ct)) return TypedResults.Forbid();
        return await db.ProcessDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.ProcessKey == key, ct) is { } d
            ? TypedResults.Ok(View(d)) : TypedResults.NotFound();
    }

    /// <summary>Drafts are the process's: only admins and its own process admins read, save or discard them.</summary>
    private static async Task<bool> MayEditAsync(ClaimsPrincipal principal, EngineHost engine, string key, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        return DesignerAccess.MayEditProcess(principal, engine, key);
    }

    private static async Task<Results<Ok<DraftView>, ValidationProblem, ForbidHttpResult>> Save(string key, DraftInput? input, ClaimsPrincipal principal, OaDbContext db,
        TimeProvider clock, EngineHost engine, HttpContext http, CancellationToken ct)
    {
        if (!await MayEditAsync(principal, engine, key, ct)) return TypedResults.Forbid();
        if (Invalid(key, input?.Xml) is { } error) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [error.Field] = [error.Message] });
        var draft = await db.ProcessDrafts.FirstOrDefaultAsync(d => d.ProcessKey == key, ct);
        // Autosave runs after every edit: the audit notes when a draft is started, not each keystroke.
        if (draft is null)
        {
            db.ProcessDrafts.Add(draft = new ProcessDraft { ProcessKey = key });
            db.DesignerAudit.Add(new Audit.DesignerAuditEntry { At = clock.GetUtcNow(), UserName = principal.UserName(), ClientIp = http.Connection.RemoteIpAddress?.ToString(),
                Action = "draft-create", SubjectKind = "process", Subject = key, Version = input!.BaseVersion });
        }
        draft.BpmnXml = input!.Xml!;
        draft.BaseVersion = input.BaseVersion;
        draft.SavedAt = clock.GetUtcNow();
        draft.SavedBy = principal.UserName();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(draft));
    }

    private static async Task<Results<NoContent, ForbidHttpResult>> Discard(string key, ClaimsPrincipal principal, OaDbContext db, EngineHost engine, HttpContext http, CancellationToken ct)
    {
        if (!await MayEditAsync(principal, engine, key, ct)) return TypedResults.Forbid();
        if (await db.ProcessDrafts.Where(d => d.ProcessKey == key).ExecuteDeleteAsync(ct) > 0)
            await Audit.DesignerAudit.RecordAsync(db, http, "draft-discard", "process", key, ct: ct);
        return TypedResults.NoContent();
    }

    /// <summary>A draft must be well-formed XML of sensible size: it is opened in the modeler later, where a broken file would lose the work.</summary>
    internal static (string Field, string Message)? Invalid(string key, string? xml)
    {
        if (key.Length is 0 or > 128) return ("key", "流程标识无效 (invalid process key)");
        if (string.IsNullOrWhiteSpace(xml)) return ("xml", "草稿为空 (the draft is empty)");
        if (xml.Length > MaxXmlChars) return ("xml", "草稿超过 5MB (the draft is larger than 5 MB)");
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read()) { }
        }
        catch (XmlException ex)
        {
            return ("xml", $"草稿不是有效的 XML (not well-formed XML): {ex.Message}");
        }
        return null;
    }

    internal static DraftView View(ProcessDraft d) => new(d.ProcessKey, d.BpmnXml, d.BaseVersion, d.SavedAt, d.SavedBy);
}
