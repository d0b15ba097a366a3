using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Forms.Schema;
using Oa.Host.Data;

namespace Oa.Host.Features.Ledgers;

/// <summary>One record: its fields, repeating tables, the contract summary for contracts, and the change history.</summary>
public sealed class LedgerRecordModel(LedgerGate gate, LedgerWriter writer, OaDbContext db, Evaluation.CustomerEvaluation evaluations) : PageModel
{
    public LedgerGate.Opened Opened { get; private set; } = null!;
    public LedgerDefinition Ledger => Opened.Ledger;
    public LedgerRecordView Record { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public IReadOnlyList<LedgerAuditView> History { get; private set; } = [];
    /// <summary>The record waits for its customer's evaluation and this user may send the link.</summary>
    public bool CanSendEvaluation => CanEdit && Ledger.CustomerFields.Count > 0;
    public Evaluation.CustomerEvaluation.Link? EvaluationLink { get; private set; }

    public IEnumerable<FormComponent> Tables => Ledger.Schema.Components.Where(c => c.Kind == ComponentKind.DynamicList);

    public async Task<IActionResult> OnGetAsync(string key, long id, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, User, ct) is not { } o || await gate.FindAsync(o, id, false, ct) is not { } record) return NotFound();
        Opened = o;
        Record = gate.View(o, record);
        CanEdit = o.Access.CanEdit(record) && !o.Ledger.IsLocked(JsonNode.Parse(record.DataJson)!.AsObject());
        History = (await db.LedgerAudit.AsNoTracking().Where(a => a.LedgerKey == key && a.RecordId == id).OrderByDescending(a => a.Id).ToListAsync(ct))
            .Select(a => new LedgerAuditView(a.Id, a.Action, a.UserName, a.At, a.Source, JsonNode.Parse(a.ChangesJson))).ToList();
        return Page();
    }

    /// <summary>评价链接: shown once on the page for the provider to send the customer (WeChat, SMS, e-mail).</summary>
    public async Task<IActionResult> OnPostEvaluationLinkAsync(string key, long id, CancellationToken ct)
    {
        if (await OnGetAsync(key, id, ct) is not PageResult page) return NotFound();
        if (!CanSendEvaluation) return Forbid();
        EvaluationLink = evaluations.Issue(key, id, Request);
        return page;
    }

    public async Task<IActionResult> OnPostDeleteAsync(string key, long id, int version, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, User, ct) is not { } o || await gate.FindAsync(o, id, true, ct) is not { } record) return NotFound();
        if (!o.Access.CanEdit(record)) return Forbid();
        if (await writer.DeleteAsync(o.Ledger, record, version, LedgersApi.Change(User, "page"), ct) is not LedgerWriteResult.Ok)
            return Redirect($"/Ledgers/{key}/Record/{id}?conflict=1");
        return Redirect($"/Ledgers/{key}");
    }

    public static IEnumerable<JsonObject> Rows(JsonNode? list) => (list as JsonArray)?.OfType<JsonObject>() ?? [];

    public static string Text(FormComponent c, JsonNode? value) => value is JsonArray many
        ? string.Join("、", many.Select(v => Text(c, v)))
        : c.Values?.FirstOrDefault(o => o.Value?.ToString() == LedgerIndexer.Text(value))?.Label ?? LedgerIndexer.Text(value) ?? "";

    public static string Change(JsonNode? value) => value is null ? "（空）" : LedgerIndexer.Text(value) is { Length: <= 60 } s ? s : "…";

    public static string ActionText(string action) => action switch { "created" => "新建", "updated" => "修改", "deleted" => "删除", _ => action };
}
