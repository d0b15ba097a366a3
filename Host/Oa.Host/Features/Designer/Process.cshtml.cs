using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Definitions;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer;

/// <summary>
/// The process designer: the bpmn-modeler island on the latest version (or the 新建流程 template), 校验 and 发布,
/// the version list with 查看, 以此版本重新发布 (roll back) and 导出. A refused publish renders the posted XML
/// again, so the admin's edits survive. The island saves a server-side draft after each edit (Drafts/); the page
/// opens the draft instead of the latest version until it is published or discarded.
/// </summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed class ProcessModel(OaDbContext db, EngineHost engine, DefinitionPublisher publisher) : PageModel
{
    public string Key { get; private set; } = "";
    public string Name { get; private set; } = "";
    public bool IsNew { get; private set; }
    /// <summary>The XML in the editor; <see cref="IslandXml"/> is the same prepared for the island (null if it cannot be).</summary>
    public string Xml { get; private set; } = "";
    public string? IslandXml { get; private set; }
    public IReadOnlyList<DesignerProblem> Problems { get; private set; } = [];
    /// <summary>Element ids with problems, for the modeler to mark once it supports markers.</summary>
    public IReadOnlyList<string> ProblemIds => Problems.Select(p => p.ElementId).OfType<string>().Distinct().ToList();
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public string? Notice { get; private set; }
    /// <summary>The draft shown in the editor (unpublished edits saved earlier), if any.</summary>
    public Drafts.ProcessDraft? Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, string? name, string? category, int? published, bool unchanged, CancellationToken ct)
    {
        if (!await MayEditAsync(key, ct)) return Forbid();
        var xml = await new DesignerCatalog(db).ProcessXmlAsync(key, null, ct);
        Draft = await db.ProcessDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.ProcessKey == key, ct);
        if (Draft is not null) xml = Draft.BpmnXml;
        if (xml is null)
        {
            // Only 新建流程 comes here with a name; an unknown id from a stale link is a 404.
            if (string.IsNullOrWhiteSpace(name)) return NotFound();
            IsNew = true;
            xml = ProcessTemplate.For(key, name, string.IsNullOrWhiteSpace(category) ? null : category);
        }
        if (published is { } v) Notice = unchanged ? $"内容与 v{v} 相同，未产生新版本" : $"已发布 v{v}，新发起的申请使用此版本，运行中的实例保持原版本";
        await LoadAsync(key, xml, ct);
        IsNew = Versions.Count == 0;
        return Page();
    }

    /// <summary>丢弃草稿: back to the latest published version (or, for a process never published, to the list).</summary>
    public async Task<IActionResult> OnPostDiscardDraftAsync(string key, CancellationToken ct)
    {
        if (!await MayEditAsync(key, ct)) return Forbid();
        if (await db.ProcessDrafts.Where(d => d.ProcessKey == key).ExecuteDeleteAsync(ct) > 0)
            await Audit.DesignerAudit.RecordAsync(db, HttpContext, "draft-discard", "process", key, ct: ct);
        var published = await new DesignerCatalog(db).ProcessXmlAsync(key, null, ct) is not null;
        return Redirect(published ? $"/Designer/Process/{Uri.EscapeDataString(key)}" : "/Designer");
    }

    /// <summary>校验 (action=validate) or 发布 (action=publish) of the XML the modeler island posted.</summary>
    public async Task<IActionResult> OnPostAsync(string key, string? bpmnXml, string? action, CancellationToken ct)
    {
        if (!await MayEditAsync(key, ct)) return Forbid();
        if (string.IsNullOrWhiteSpace(bpmnXml))
        {
            Problems = [new DesignerProblem(key + ".bpmn", null, null, null, "没有收到流程图（需要启用 JavaScript）")];
            await LoadAsync(key, await new DesignerCatalog(db).ProcessXmlAsync(key, null, ct) ?? ProcessTemplate.For(key, key, null), ct);
            return Page();
        }
        if (action == "publish")
        {
            var result = await ProcessPublishing.PublishAsync(engine, publisher, key, bpmnXml, User.UserName(), ct);
            if (result.Problems.Count == 0) return await PublishedAsync(key, result, "publish", null, ct);
            Problems = result.Problems;
        }
        else
        {
            Problems = await ProcessPublishing.ValidateAsync(engine, key, bpmnXml, ct);
            if (Problems.Count == 0) Notice = "校验通过，可以发布";
        }
        await LoadAsync(key, bpmnXml, ct);
        IsNew = Versions.Count == 0;
        return Page();
    }

    /// <summary>以此版本重新发布: an old version's XML becomes the newest version; running instances are untouched.</summary>
    public async Task<IActionResult> OnPostRollbackAsync(string key, int version, CancellationToken ct)
    {
        if (!await MayEditAsync(key, ct)) return Forbid();
        var xml = await new DesignerCatalog(db).ProcessXmlAsync(key, version, ct);
        if (xml is null) return NotFound();
        var result = await ProcessPublishing.PublishAsync(engine, publisher, key, xml, User.UserName(), ct);
        if (result.Problems.Count == 0) return await PublishedAsync(key, result, "rollback", $"v{version}", ct);
        // An old version can fail today's checks (say, its form was renamed); show why and keep the latest in the editor.
        Problems = result.Problems;
        await LoadAsync(key, await new DesignerCatalog(db).ProcessXmlAsync(key, null, ct) ?? xml, ct);
        return Page();
    }

    /// <summary>导出: the latest (or a given) version as a .bpmn file, as published.</summary>
    public async Task<IActionResult> OnGetExportAsync(string key, int? version, CancellationToken ct)
    {
        if (!await MayEditAsync(key, ct)) return Forbid();
        var xml = await new DesignerCatalog(db).ProcessXmlAsync(key, version, ct);
        if (xml is null) return NotFound();
        return File(Encoding.UTF8.GetBytes(xml), "application/xml", version is null ? $"{key}.bpmn" : $"{key}.v{version}.bpmn");
    }

    /// <summary>Only admins and the process's own admins reach its designer, versions, drafts and export.</summary>
    private async Task<bool> MayEditAsync(string key, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        return DesignerAccess.MayEditProcess(User, engine, key);
    }

    // The published version now holds the work; its draft would only shadow it.
    private async Task<IActionResult> PublishedAsync(string key, ProcessPublishing.Result result, string action, string? detail, CancellationToken ct)
    {
        await db.ProcessDrafts.Where(d => d.ProcessKey == key).ExecuteDeleteAsync(ct);
        if (result.Changed) await Audit.DesignerAudit.RecordAsync(db, HttpContext, action, "process", key, result.Version, detail, ct);
        return Redirect($"/Designer/Process/{Uri.EscapeDataString(key)}?published={result.Version}{(result.Changed ? "" : "&unchanged=true")}");
    }

    private async Task LoadAsync(string key, string xml, CancellationToken ct)
    {
        Key = key;
        Xml = xml;
        IslandXml = DesignerXml.ForIsland(xml);
        var summary = (await new DesignerCatalog(db).ProcessesAsync(key, ct)).FirstOrDefault();
        Versions = summary?.Versions ?? [];
        Name = DesignerXml.Names(xml).GetValueOrDefault(key) ?? summary?.Name ?? key;
    }
}
