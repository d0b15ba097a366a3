using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;
using Oa.Host.Features.Definitions;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer;

/// <summary>
/// The form designer: the form-editor island on the latest schema, 发布 as a new form version. Instances keep the
/// form version they started with, so publishing changes only what new requests show. A refused publish renders the
/// posted schema again with the problems by component id.
/// </summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed class FormModel(OaDbContext db, DefinitionPublisher publisher, Engine.EngineHost engine) : PageModel
{
    public string FormId { get; private set; } = "";
    public JsonNode? Schema { get; private set; }
    public string? RawSchema { get; private set; }
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public IReadOnlyList<DesignerProblem> Problems { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string formId, int? published, bool unchanged, CancellationToken ct)
    {
        if (!await MayEditAsync(formId, ct)) return Forbid();
        var latest = await new DesignerCatalog(db).FormAsync(formId, null, ct);
        // An unknown id is a new form (新建表单): the editor starts empty with the id set.
        Schema = latest is { } f ? JsonNode.Parse(f.Json) : new JsonObject { ["type"] = "default", ["id"] = formId, ["components"] = new JsonArray() };
        if (published is { } v) Notice = unchanged ? $"内容与 v{v} 相同，未产生新版本" : $"已发布 v{v}，运行中的实例仍使用发起时的表单版本";
        await LoadAsync(formId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string formId, string? schema, CancellationToken ct)
    {
        if (!await MayEditAsync(formId, ct)) return Forbid();
        JsonObject? parsed = null;
        try { parsed = string.IsNullOrWhiteSpace(schema) ? null : JsonNode.Parse(schema, documentOptions: new JsonDocumentOptions { MaxDepth = 64 }) as JsonObject; }
        catch (JsonException) { }
        if (parsed is null)
        {
            RawSchema = schema;
            Problems = [new DesignerProblem(formId + ".form", null, null, null, "没有收到有效的表单（需要启用 JavaScript）")];
            await LoadAsync(formId, ct);
            return Page();
        }
        // The form's identity is the page's id: the editor may invent its own, and processes refer to this one.
        parsed["id"] = formId;
        // Oa.Forms refuses any broken FEEL string (labels and texts included) when the publisher parses the form.
        var json = parsed.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var outcome = await publisher.PublishAsync([new DefinitionFile(formId + ".form", json)], User.UserName(), ct);
        if (outcome.Succeeded)
        {
            var mine = outcome.Forms.First(f => f.Id == formId);
            await Audit.DesignerAudit.PublishedAsync(db, HttpContext, "publish", outcome, ct);
            return Redirect($"/Designer/Form/{Uri.EscapeDataString(formId)}?published={mine.Version}{(mine.Changed ? "" : "&unchanged=true")}");
        }
        Schema = parsed;
        Problems = DesignerProblem.From(outcome.Problems, Labels(parsed));
        await LoadAsync(formId, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string formId, int? version, CancellationToken ct)
    {
        if (!await MayEditAsync(formId, ct)) return Forbid();
        var form = await new DesignerCatalog(db).FormAsync(formId, version, ct);
        if (form is null) return NotFound();
        return File(Encoding.UTF8.GetBytes(form.Value.Json), "application/json", version is null ? $"{formId}.form" : $"{formId}.v{version}.form");
    }

    private async Task<bool> MayEditAsync(string formId, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        return DesignerAccess.MayEditForm(User, engine, formId);
    }

    private async Task LoadAsync(string formId, CancellationToken ct)
    {
        FormId = formId;
        Versions = await new DesignerCatalog(db).FormVersionsAsync(formId, ct);
    }

    /// <summary>Component id → label (or key), to name the component a problem is about.</summary>
    private static Dictionary<string, string> Labels(JsonNode schema)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? node)
        {
            if (node is JsonObject o)
            {
                if (o["id"] is JsonValue id && id.TryGetValue<string>(out var i) && ((o["label"] ?? o["key"]) is JsonValue l) && l.TryGetValue<string>(out var label))
                    labels.TryAdd(i, label);
                foreach (var child in o) Walk(child.Value);
            }
            else if (node is JsonArray a) foreach (var item in a) Walk(item);
        }
        Walk(schema);
        return labels;
    }
}
