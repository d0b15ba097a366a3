using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

// One evaluation of a submission: walks each scope (root, then every dynamiclist row) in
// dependency order, deciding visibility, computing expressions and validating editable fields.
internal sealed partial class SubmissionRun
{
    private readonly FormSchema schema;
    private readonly FormContext ctx;
    private readonly AccessMap access;
    private readonly List<FieldError> errors;
    private readonly JsonObject candidate;
    private readonly Dictionary<string, object?> variables;
    private Dictionary<string, object?> rootFeel = new();
    private readonly List<FormComponent> visibleSerials = [];

    public SubmissionRun(FormSchema schema, FormContext ctx, AccessMap access, List<FieldError> errors, JsonObject candidate)
    {
        this.schema = schema;
        this.ctx = ctx;
        this.access = access;
        this.errors = errors;
        this.candidate = candidate;
        variables = ToFeelObject(ctx.Variables);
    }

    // Context of the enclosing scope for a dynamiclist row (form-js `this`, `parent`, `i`).
    private sealed record RowFrame(Dictionary<string, object?> Row, IReadOnlyDictionary<string, object?> Parent, List<object?> Indexes);

    public JsonObject Execute()
    {
        FillRelatedRecords(schema.Components, candidate, "");
        rootFeel = ToFeelObject(candidate);
        var output = new JsonObject();
        ProcessScope(schema.Components, candidate, rootFeel, output, "", frame: null);
        if (errors.Count == 0) AssignSerials(output);
        return output;
    }

    private void ProcessScope(IReadOnlyList<FormComponent> components, JsonObject row, Dictionary<string, object?> rowFeel,
        JsonObject outRow, string prefix, RowFrame? frame)
    {
        var order = DependencyOrder.Sort(DependencyOrder.Flatten(components), inRow: frame is not null, out _);
        var hidden = new HashSet<FormComponent>(ReferenceEqualityComparer.Instance);
        foreach (var node in order)
        {
            var c = node.Component;
            if (node.Ancestors.Any(hidden.Contains) || IsHidden(c, frame))
            {
                // form-js drops hidden fields from the data, so later conditions see them as missing.
                hidden.Add(c);
                if (c.DataPath.Count > 0) FeelData.Remove(rowFeel, c.DataPath);
                continue;
            }

            switch (c.Kind)
            {
                case ComponentKind.DynamicList:
                    ProcessList(c, row, rowFeel, outRow, prefix, frame);
                    break;
                case ComponentKind.Expression:
                    var value = Evaluate(c.Expression, frame);
                    FeelData.Set(rowFeel, c.DataPath, value);
                    DataPaths.Set(outRow, c.DataPath, ToJson(value));
                    break;
                case ComponentKind.OaSerial:
                    if (DataPaths.TryGet(row, c.DataPath, out var serial)) DataPaths.Set(outRow, c.DataPath, serial?.DeepClone());
                    if (frame is null) visibleSerials.Add(c);
                    break;
                case var k when ComponentTypes.HoldsValue(k):
                    ProcessValue(c, row, outRow, prefix, frame);
                    break;
            }
        }
    }

    private void ProcessValue(FormComponent c, JsonObject row, JsonObject outRow, string prefix, RowFrame? frame)
    {
        var present = DataPaths.TryGet(row, c.DataPath, out var value);
        if (access[c] == FieldAccess.Editable)
        {
            var before = errors.Count;
            Check(c, present ? value : null, present, DataPaths.Join(prefix, c.DataPath), frame);
            // A value of the wrong shape is reported, never stored.
            if (errors.Count > before && errors.Skip(before).Any(e => e.Code == "type")) return;
        }
        if (present) DataPaths.Set(outRow, c.DataPath, value?.DeepClone());
    }

    private void AssignSerials(JsonObject output)
    {
        if (ctx.AssignSerial is null) return;
        foreach (var c in visibleSerials)
            if (DataPaths.Get(output, c.DataPath) is null)
                DataPaths.Set(output, c.DataPath, JsonValue.Create(ctx.AssignSerial(c)));
    }
}
