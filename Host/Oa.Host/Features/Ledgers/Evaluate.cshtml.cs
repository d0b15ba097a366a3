using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Forms.Schema;
using Oa.Host.Data;
using Oa.Host.Data.Ledgers;
using Oa.Host.Features.Ledgers.Evaluation;

namespace Oa.Host.Features.Ledgers;

/// <summary>/Evaluate?t=…: the customer grades a service without an account; the signed link is the permission.</summary>
[AllowAnonymous]
public sealed class EvaluateModel(CustomerEvaluation links, LedgerCatalog catalog, LedgerWriter writer, OaDbContext db) : PageModel
{
    public LedgerDefinition? Ledger { get; private set; }
    public IReadOnlyList<(string Label, string Value)> Summary { get; private set; } = [];
    public IReadOnlyList<FormComponent> Inputs { get; private set; } = [];
    public bool AlreadyEvaluated { get; private set; }
    public bool Thanks { get; private set; }
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Given { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(string? t, CancellationToken ct) =>
        await LoadAsync(t, track: false, ct) is null ? Invalid() : Page();

    public async Task<IActionResult> OnPostAsync(string? t, CancellationToken ct)
    {
        if (await LoadAsync(t, track: true, ct) is not { } record) return Invalid();
        if (AlreadyEvaluated) return Page();
        var submitted = new JsonObject();
        foreach (var input in Inputs)
        {
            var value = Request.Form[input.Key!].ToString().Trim();
            Given[input.Key!] = value;
            if (value.Length > 0) submitted[input.Key!] = value;
        }
        // The lock field is the grade itself: without it nothing would lock, so it is required here.
        if (Ledger!.LockField is { } grade && !submitted.ContainsKey(grade)) Errors[grade] = "请选择评价";
        if (Errors.Count > 0) return Page();
        var result = await writer.UpdateAsync(Ledger, record, submitted, record.Version, new LedgerWriter.Change(CustomerEvaluation.Actor, CustomerEvaluation.Source), ct);
        switch (result)
        {
            case LedgerWriteResult.Ok:
                Thanks = true;
                return Page();
            case LedgerWriteResult.Invalid invalid:
                foreach (var (path, messages) in invalid.Errors) Errors[path] = string.Join("；", messages);
                return Page();
            default:
                Errors[""] = "记录刚被修改，请刷新页面后重新评价";
                return Page();
        }
    }

    private async Task<LedgerRecord?> LoadAsync(string? token, bool track, CancellationToken ct)
    {
        if (links.Read(token) is not { } named) return null;
        if (await catalog.GetAsync(db, named.LedgerKey, ct) is not { CustomerFields.Count: > 0 } ledger) return null;
        var records = track ? db.LedgerRecords.Include(r => r.Values) : db.LedgerRecords.AsNoTracking(); // the writer re-indexes the values
        if (await records.FirstOrDefaultAsync(r => r.Id == named.RecordId && r.LedgerKey == ledger.Key, ct) is not { } record) return null;
        Ledger = ledger;
        Summary = CustomerEvaluation.Summary(ledger, record).ToList();
        Inputs = ledger.CustomerFields.Select(k => ledger.Schema.AllComponents().First(c => c.Key == k)).ToList();
        AlreadyEvaluated = ledger.IsLocked(JsonNode.Parse(record.DataJson)!.AsObject());
        return record;
    }

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
