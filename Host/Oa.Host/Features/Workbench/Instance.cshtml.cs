using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Org;
using Oa.Host.Features.Shared;
using Oa.Host.Features.Tasks;
using Oa.Host.Identity;

namespace Oa.Host.Features.Workbench;

/// <summary>
/// One request: header, the form as this user's node may see it, the action bar for their open task, withdraw and 撤销 for the
/// initiator, the timeline and the progress diagram. Actions post back here and run through <see cref="TaskActions"/>
/// and the withdraw endpoint's own method, so the page enforces exactly what the API enforces.
/// </summary>
public sealed class InstanceModel(OaDbContext db, EngineHost engine, OrgCache orgCache, TaskActions taskActions, TimeProvider clock) : PageModel
{
    public InstanceDetails Details { get; private set; } = null!;
    public string? Notice { get; private set; }
    public string? Error { get; private set; }
    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);
    public string? Comment { get; private set; }
    public string? TransferTo { get; private set; }
    public string? CommentText { get; private set; }
    public string? RevokeReason { get; private set; }
    // Kept apart from FieldErrors: those feed the form island, where "reason" may well be a form field of its own.
    public string? RevokeError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? task, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, task, ct)) return NotFound();
        Notice = done switch
        {
            "start" => "申请已提交", "approve" => "已同意", "reject" => "已拒绝", "transfer" => "已转办", "complete" => "已提交", "delegate" => "已委派", "resolve" => "已交回委派人", "comment" => "评论已发表", "return" => "已退回", "cc" => "已抄送", "urge" => "已催办", "withdraw" => "已撤回", "revoke" => "已撤销",
            "resubmit" => "已重新提交", "remove-signer" => "已减签", "add-signer" or "add-signer-after" => "已加签", _ => null,
        };
        // Opening a copied request is reading it: the 抄送我的 box stops showing it as unread.
        var user = User.UserName();
        await db.CarbonCopies.Where(c => c.InstanceId == id && c.UserName == user && c.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReadAt, clock.GetUtcNow()), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostActAsync(string id, string taskId, string action, string? comment, string? transferTo, string? signer, string? delegateTo, string? returnTo, string? formData,
        string? signerPosition, string? removeSigner, CancellationToken ct)
    {
        var variables = ParseObject(formData);
        var language = UiText.IsEnglish ? "en" : "zh-CN";
        // The 加签 picker chooses parallel, before or after; anything else it might post stays the parallel kind.
        if (action == "add-signer" && signerPosition is "add-signer-before" or "add-signer-after") action = signerPosition;
        // Only a decision carries form fields; moving the task (转办, 加签, 退回) leaves the data as it is.
        var decides = action is "approve" or "reject" or "complete" or "resubmit";
        var input = new TaskActionInput(decides ? variables : null, comment,
            action switch { "add-signer" or "add-signer-before" or "add-signer-after" => signer, "delegate" => delegateTo, "remove-signer" => removeSigner, _ => transferTo }, returnTo);
        var result = await taskActions.ActAsync(taskId, action, input, User, HttpContext.Connection.RemoteIpAddress?.ToString(), language, ct);
        switch (result)
        {
            // After a transfer the request may no longer be visible to the old assignee, so they go back to their inbox.
            case TaskActions.Done when action is "transfer" or "delegate" or "resolve" or "add-signer-before":
                return Redirect($"/Workbench/Inbox?box=todo&done={action}");
            case TaskActions.Done d:
                return Redirect($"/Workbench/Instance/{Uri.EscapeDataString(d.InstanceId)}?done={Uri.EscapeDataString(action)}");
            case TaskActions.Missing:
                return NotFound();
            case TaskActions.Denied:
                return Forbid();
        }
        if (!await LoadAsync(id, taskId, ct)) return NotFound();
        (Comment, TransferTo) = (comment, transferTo);
        if (result is TaskActions.Conflict c) Error = c.Reason;
        if (result is TaskActions.Invalid invalid)
        {
            foreach (var (path, messages) in invalid.Errors) FieldErrors[path] = string.Join("；", messages);
            Error = "操作未完成，请检查标出的内容";
            // Keep what the approver typed into editable fields, so a fixable mistake costs no re-typing.
            if (variables is not null && Details.Schema is not null) foreach (var (k, v) in variables) Details.Data[k] = v?.DeepClone();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string id, string? reason, CancellationToken ct)
    {
        var result = await InstancesApi.Withdraw(id, new ReasonInput(string.IsNullOrWhiteSpace(reason) ? "发起人撤回" : reason.Trim()), User, HttpContext, db, engine, ct);
        switch (result)
        {
            case IStatusCodeHttpResult { StatusCode: 200 }:
                return Redirect($"/Workbench/Instance/{Uri.EscapeDataString(id)}?done=withdraw");
            case Microsoft.AspNetCore.Http.HttpResults.NotFound:
                return NotFound();
            case ForbidHttpResult:
                return Forbid();
        }
        if (!await LoadAsync(id, null, ct)) return NotFound();
        Error = result is ProblemHttpResult p ? p.ProblemDetails.Detail ?? p.ProblemDetails.Title : "撤回失败";
        return Page();
    }

    /// <summary>撤销 through the API's own method (<see cref="InitiatorRevoke"/>): a missing reason comes back beside the box.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(string id, string? reason, CancellationToken ct)
    {
        var result = await InitiatorRevoke.Revoke(id, new ReasonInput(reason), User, HttpContext, db, engine, ct);
        switch (result)
        {
            case IStatusCodeHttpResult { StatusCode: 200 }:
                return Redirect($"/Workbench/Instance/{Uri.EscapeDataString(id)}?done=revoke");
            case Microsoft.AspNetCore.Http.HttpResults.NotFound:
                return NotFound();
            case ForbidHttpResult:
                return Forbid();
        }
        if (!await LoadAsync(id, null, ct)) return NotFound();
        RevokeReason = reason;
        if (result is ValidationProblem v) RevokeError = string.Join("；", v.ProblemDetails.Errors.SelectMany(e => e.Value));
        else Error = result is ProblemHttpResult p ? p.ProblemDetails.Detail ?? p.ProblemDetails.Title : "撤销失败";
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(string id, string? text, [FromServices] Conversation talk, CancellationToken ct) =>
        await AfterAsync(id, await talk.CommentAsync(id, new CommentInput(text), User, HttpContext.Connection.RemoteIpAddress?.ToString(), ct), "comment", ct, () => CommentText = text);

    public async Task<IActionResult> OnPostCcAsync(string id, string? ccTo, string? ccComment, [FromServices] Conversation talk, CancellationToken ct)
    {
        var people = (ccTo ?? "").Split([',', '，', ' ', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return await AfterAsync(id, await talk.CopyAsync(id, new CcInput(people, ccComment), User, HttpContext.Connection.RemoteIpAddress?.ToString(), ct), "cc", ct, null);
    }

    public async Task<IActionResult> OnPostUrgeAsync(string id, [FromServices] Notifications.NotificationOutbox outbox, CancellationToken ct)
    {
        var result = await InstancesApi.Urge(id, new ReasonInput(null), User, HttpContext, db, clock, outbox, ct);
        if (result is IStatusCodeHttpResult { StatusCode: 200 }) return Redirect($"/Workbench/Instance/{Uri.EscapeDataString(id)}?done=urge");
        if (!await LoadAsync(id, null, ct)) return NotFound();
        Error = result is ProblemHttpResult p ? p.ProblemDetails.Detail : result is ForbidHttpResult ? "只有发起人可以催办" : "催办失败";
        return Page();
    }

    private async Task<IActionResult> AfterAsync(string id, Conversation.Result result, string done, CancellationToken ct, Action? keep)
    {
        if (result is Conversation.Done) return Redirect($"/Workbench/Instance/{Uri.EscapeDataString(id)}?done={done}");
        if (result is Conversation.Missing || !await LoadAsync(id, null, ct)) return NotFound();
        foreach (var (k, v) in ((Conversation.Invalid)result).Errors) FieldErrors[k] = string.Join("；", v);
        keep?.Invoke();
        return Page();
    }

    public string? FieldError(string key) => FieldErrors.GetValueOrDefault(key);

    public string DisplayName(string userName) => orgCache.Latest?.GetUser(userName)?.DisplayName ?? userName;

    /// <summary>Errors for the form island: everything except the action bar's own inputs.</summary>
    public Dictionary<string, string> FormErrors => FieldErrors.Where(e => e.Key is not ("comment" or "userName" or "action" or "text" or "userNames"))
        .ToDictionary(e => e.Key == "variables" ? "" : e.Key, e => e.Value);

    private async Task<bool> LoadAsync(string id, string? taskId, CancellationToken ct)
    {
        var details = await InstanceDetails.LoadAsync(id, taskId, User, db, engine, await orgCache.GetAsync(ct), ct);
        if (details is null) return false;
        Details = details;
        return true;
    }

    private static JsonObject? ParseObject(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try { return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) as JsonObject; }
        catch (JsonException) { return null; }
    }
}
