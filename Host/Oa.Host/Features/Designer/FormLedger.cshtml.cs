using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Ledgers;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer;

/// <summary>
/// A ledger's form (台账表单) in the form designer. The form lives inside the ledger definition (its <c>form</c>
/// property), so 发布 replaces that property and publishes the whole definition again through
/// <see cref="LedgerPublisher"/>: a new definition version, validated like an upload (columns and filters must still
/// name fields of the form). Records keep their stored data; a field removed from the form only stops being shown.
/// Admins only, like uploading a ledger definition.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class FormLedgerModel(OaDbContext db, LedgerPublisher publisher) : PageModel
{
    public string LedgerKey { get; private set; } = "";
    public string LedgerName { get; private set; } = "";
    public int Version { get; private set; }
    public JsonNode? Schema { get; private set; }
    public IReadOnlyList<DesignerProblem> Problems { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ledgerKey, int? published, CancellationToken ct)
    {
        if (await LoadAsync(ledgerKey, ct) is not { } root) return NotFound();
        Schema = root["form"]?.DeepClone();
        if (published is { } v) Notice = $"已发布 v{v}，已有记录的数据保持不变";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ledgerKey, string? schema, CancellationToken ct)
    {
        if (await LoadAsync(ledgerKey, ct) is not { } root) return NotFound();
        JsonObject? form = null;
        try { form = string.IsNullOrWhiteSpace(schema) ? null : JsonNode.Parse(schema, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) as JsonObject; }
        catch (JsonException) { }
        if (form is null)
        {
            Schema = root["form"]?.DeepClone();
            Problems = [Problem(ledgerKey, "没有收到有效的表单（需要启用 JavaScript）")];
            return Page();
        }
        root["form"] = form;
        var outcome = await publisher.PublishAsync([(ledgerKey + ".ledger.json", root.ToJsonString())], User.UserName(), ct);
        if (!outcome.Succeeded)
        {
            Schema = form;
            Problems = outcome.Problems.Select(p => Problem(ledgerKey, p)).ToList();
            return Page();
        }
        var version = await db.LedgerDefinitions.Where(d => d.Key == ledgerKey).Select(d => d.Version).FirstAsync(ct);
        return Redirect($"/Designer/Form/Ledger/{Uri.EscapeDataString(ledgerKey)}?published={version}");
    }

    private async Task<JsonObject?> LoadAsync(string ledgerKey, CancellationToken ct)
    {
        var row = await db.LedgerDefinitions.AsNoTracking().FirstOrDefaultAsync(d => d.Key == ledgerKey, ct);
        if (row is null) return null;
        LedgerKey = row.Key;
        LedgerName = row.Name;
        Version = row.Version;
        return JsonNode.Parse(row.Json) as JsonObject;
    }

    private static DesignerProblem Problem(string ledgerKey, string message) => new(ledgerKey + ".ledger.json", null, null, null, message);
}
