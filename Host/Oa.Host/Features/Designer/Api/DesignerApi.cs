using Microsoft.AspNetCore.Http.HttpResults;
using Oa.Forms.Schema;
using Oa.Host.Engine;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer.Api;

/// <summary>
/// /api/designer: what the modeler island asks the server while an admin edits — the fields of a published form
/// (field-permission grid, condition builder) and a FEEL syntax check with the engine's own interpreter, so the
/// browser's verdict is the one the engine will reach at publish and at run time.
/// </summary>
public static class DesignerApi
{
    public const int MaxExpressionLength = 4000;

    public sealed record FormField(string Key, string Label, string Type, int Depth, bool HoldsValue, string? Parent);

    public sealed record FormFields(string FormId, int Version, IReadOnlyList<FormField> Fields);

    public sealed record FeelInput(string? Expression);

    public sealed record FeelCheck(bool Ok, string? Error);

    public static void MapDesignerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/designer").WithTags("Designer").RequireAuthorization(Policies.ProcessAdmin);
        group.MapGet("/forms/{formId}/fields", Fields);
        group.MapPost("/feel/check", Check);
    }

    private static async Task<Results<Ok<FormFields>, NotFound>> Fields(string formId, EngineHost engine, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        if (engine.Definitions.LatestForm(formId) is not { } form) return TypedResults.NotFound();
        return TypedResults.Ok(new FormFields(form.FormId, form.Version, List(form.Schema)));
    }

    /// <summary>
    /// Every component a permission can name, in form order: value fields and lists by their path, the rest (headings,
    /// text) by id — the two names Oa.Forms' access map matches, so the grid writes what the server enforces.
    /// </summary>
    internal static List<FormField> List(FormSchema schema)
    {
        var list = new List<FormField>();
        void Walk(IReadOnlyList<FormComponent> components, int depth, string? parent)
        {
            foreach (var c in components)
            {
                if (c.Type is "spacer" or "separator" or "button") continue;
                var ownsPath = c.HoldsValue || c.Kind == ComponentKind.DynamicList || !string.IsNullOrEmpty(c.Path);
                var key = ownsPath && c.FullPath.Length > 0 ? c.FullPath : c.Id;
                list.Add(new FormField(key, Label(c), c.Type, depth, c.HoldsValue, parent));
                Walk(c.Components, depth + 1, key);
            }
        }
        Walk(schema.Components, 0, null);
        return list;
    }

    private static string Label(FormComponent c)
    {
        if (!string.IsNullOrWhiteSpace(c.Label)) return c.Label!;
        // text components: their first line without markdown, so 「#### 人事备案」 reads 人事备案
        var text = c.Raw["text"]?.GetValue<string>();
        if (!string.IsNullOrWhiteSpace(text)) return text.Split('\n')[0].TrimStart('#', ' ').Trim();
        return c.Key ?? c.Id;
    }

    private static Results<Ok<FeelCheck>, ValidationProblem> Check(FeelInput? input)
    {
        var text = input?.Expression;
        if (text is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["expression"] = ["请填写表达式 (expression is required)"] });
        if (text.Length > MaxExpressionLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["expression"] = [$"表达式过长 (longer than {MaxExpressionLength} characters)"] });
        // Conditions are written "=expr" in BPMN, as form-js writes its FEEL: the same check as form publishing.
        var compiled = FeelText.Check(text);
        return TypedResults.Ok(new FeelCheck(compiled.Success, compiled.Success ? null : compiled.Error));
    }
}
