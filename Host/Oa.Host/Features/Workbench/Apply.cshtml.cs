using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Org;
using Oa.Host.Features.Shared;
using Oa.Host.Identity;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Workbench;

/// <summary>
/// The start form of one process. The browser validates first (form-viewer island); the post goes through
/// <see cref="StartService"/>, which re-validates everything, so an invalid post comes back with the values kept and
/// the server's messages placed next to their fields.
/// </summary>
public sealed class ApplyModel(EngineHost engine, OrgCache orgCache, StartService starts, Data.OaDbContext db, Drafts.DraftStore drafts, PathPreview preview) : PageModel
{
    public string Key { get; private set; } = "";
    public string ProcessName { get; private set; } = "";
    public JsonNode? Schema { get; private set; }
    public JsonObject Data { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);
    /// <summary>The draft being continued, if any; submitting removes it.</summary>
    public string? DraftId { get; private set; }
    public bool DraftSaved { get; private set; }
    /// <summary>流程预览 for the values typed so far, once asked for.</summary>
    public IReadOnlyList<PreviewStep>? Preview { get; private set; }
    public bool PreviewComplete { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, string? draft, string? saved, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refused) return refused;
        if (draft is not null)
        {
            // Someone else's draft id answers 404, as if it did not exist.
            var found = await Drafts.DraftsApi.FindAsync(db, draft, User.UserName(), ct);
            if (found is null || found.ProcessKey != Key) return NotFound();
            (DraftId, Data, DraftSaved) = (found.Id, Drafts.DraftsApi.View(found).Variables, saved == "1");
        }
        return Page();
    }

    /// <summary>保存草稿: the form as it is, unvalidated; the page comes back on the draft.</summary>
    public async Task<IActionResult> OnPostDraftAsync(string key, string? formData, string? draftId, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refused) return refused;
        var result = await drafts.SaveAsync(string.IsNullOrEmpty(draftId) ? null : draftId, new Drafts.DraftInput(Key, Parse(formData) ?? []), User, ct);
        return result switch
        {
            Drafts.DraftStore.Saved s => Redirect($"/Workbench/Apply/{Uri.EscapeDataString(Key)}?draft={s.Draft.Id}&saved=1"),
            Drafts.DraftStore.Refused => Forbid(),
            Drafts.DraftStore.Missing => NotFound(),
            Drafts.DraftStore.Invalid i => ErrorPage(i.Errors, formData, draftId),
            _ => NotFound(),
        };
    }

    /// <summary>预览审批流程: the steps and people for the current values; the form comes back as it was.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string key, string? formData, string? draftId, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refused) return refused;
        (Data, DraftId) = (Parse(formData) ?? [], string.IsNullOrEmpty(draftId) ? null : draftId);
        (Preview, PreviewComplete) = await preview.RunAsync(Key, User.UserName(), FormAccess.ToVariables(Data), ct);
        return Page();
    }

    private PageResult ErrorPage(Dictionary<string, string[]> errors, string? formData, string? draftId)
    {
        Errors[""] = string.Join("；", errors.SelectMany(e => e.Value));
        (Data, DraftId) = (Parse(formData) ?? [], draftId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, string? formData, string? draftId, CancellationToken ct)
    {
        DraftId = string.IsNullOrEmpty(draftId) ? null : draftId;
        if (await LoadAsync(key, ct) is { } refused) return refused;
        var submitted = Parse(formData);
        if (submitted is null && Schema is not null)
        {
            Errors[""] = "表单数据无效，请重新填写 (the form data could not be read)";
            return Page();
        }
        var language = UiText.IsEnglish ? "en" : "zh-CN";
        var outcome = await starts.StartAsync(key, submitted, null, User.UserName(), HttpContext.Connection.RemoteIpAddress?.ToString(), language, ct);
        switch (outcome)
        {
            case StartService.Ok ok:
                if (DraftId is not null) await db.Drafts.Where(d => d.Id == DraftId && d.UserName == User.UserName()).ExecuteDeleteAsync(ct);
                return Redirect($"/Workbench/Instance/{Uri.EscapeDataString(ok.Instance.Id)}?done=start");
            case StartService.Invalid invalid:
                Data = submitted ?? [];
                foreach (var g in invalid.Errors.GroupBy(e => e.Path)) Errors[g.Key] = string.Join("；", g.Select(e => e.Message(language)));
                return Page();
            case StartService.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    /// <summary>Null (the page renders) or the answer when the process is unknown or not startable by this user.</summary>
    private async Task<IActionResult?> LoadAsync(string key, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var process = engine.Definitions.LatestOf(key);
        if (process is null) return NotFound();
        if (!ProcessStarters.CanStart(process.Settings, User.UserName(), await orgCache.GetAsync(User.UserName(), ct))) return Forbid();
        Key = process.Key;
        ProcessName = process.Name;
        var form = process.FormId is null ? null : engine.Definitions.LatestForm(process.FormId);
        // The applicant's view: fields the start event hides (approver-only) are not in the form at all.
        var schema = form is null ? null : Oa.Forms.Permissions.FormView.For(form.Schema, null, process.StartPermissions).Schema;
        // 发起人自选: a required people picker per node whose approvers the applicant chooses, after the form's own fields.
        Schema = ApproverChoices.WithPickers(schema, ApproverChoices.Of(process, form?.Schema));
        return null;
    }

    private static JsonObject? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try { return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) as JsonObject; }
        catch (JsonException) { return null; }
    }
}
