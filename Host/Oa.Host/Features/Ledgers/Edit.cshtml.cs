using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// New or edit a record with the form-viewer island (the same form-js viewer as a process form). The post goes
/// through <see cref="LedgerWriter"/>, which validates again; errors come back next to their fields.
/// </summary>
public sealed class LedgerEditModel(LedgerGate gate, LedgerWriter writer) : PageModel
{
    public LedgerGate.Opened Opened { get; private set; } = null!;
    public LedgerDefinition Ledger => Opened.Ledger;
    public long? Id { get; private set; }
    public int Version { get; private set; }
    public JsonObject Data { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The ledger's form with the customer's fields read-only: staff see the evaluation but cannot type it.</summary>
    public JsonObject Schema
    {
        get
        {
            var schema = Ledger.FormJson.DeepClone().AsObject();
            foreach (var c in (schema["components"] as JsonArray)?.OfType<JsonObject>() ?? [])
                if (c["key"]?.GetValue<string>() is { } k && Ledger.CustomerFields.Contains(k))
                {
                    c["readonly"] = true;
                    c["description"] = "由客户通过评价链接填写";
                }
            return schema;
        }
    }

    public async Task<IActionResult> OnGetAsync(string key, long? id, CancellationToken ct) => await LoadAsync(key, id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string key, long? id, string? formData, int version, CancellationToken ct)
    {
        if (await LoadAsync(key, id, ct) is { } refused) return refused;
        JsonObject? submitted = null;
        try { submitted = string.IsNullOrEmpty(formData) ? null : JsonNode.Parse(formData) as JsonObject; }
        catch (JsonException) { }
        if (submitted is null)
        {
            Errors[""] = "表单数据无效，请重新填写 (the form data could not be read)";
            return Page();
        }
        var change = LedgersApi.Change(User, "page");
        var tracked = id is null ? null : await gate.FindAsync(Opened, id.Value, true, ct);
        if (id is not null && tracked is null) return NotFound(); // deleted since the page loaded
        var result = tracked is null
            ? await writer.CreateAsync(Ledger, submitted, Opened.Access.UserName, change, ct)
            : await writer.UpdateAsync(Ledger, tracked, submitted, version, change, ct);
        switch (result)
        {
            case LedgerWriteResult.Ok ok:
                return Redirect($"/Ledgers/{key}/Record/{ok.Record.Id}");
            case LedgerWriteResult.Invalid invalid:
                Data = submitted;
                foreach (var (path, messages) in invalid.Errors) Errors[path] = string.Join("；", messages);
                return Page();
            default:
                Data = submitted;
                Errors[""] = "记录已被他人修改，请刷新后重试 (the record was changed by someone else)";
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string key, long? id, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, User, ct) is not { } o) return NotFound();
        Opened = o;
        if (!o.Access.CanWrite) return Forbid();
        if (id is null) return null;
        if (await gate.FindAsync(o, id.Value, false, ct) is not { } record) return NotFound();
        if (!o.Access.CanEdit(record)) return Forbid();
        Id = id;
        Version = record.Version;
        Data = JsonNode.Parse(record.DataJson)!.AsObject();
        return null;
    }
}
