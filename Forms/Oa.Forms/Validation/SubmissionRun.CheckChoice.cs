using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

internal sealed partial class SubmissionRun
{
    private void CheckSingleChoice(FormComponent c, JsonNode value, string path, RowFrame? frame)
    {
        if (!IsScalar(value))
        {
            errors.Add(Messages.Type(path, "单个选项值", "a single option value"));
            return;
        }
        var options = Options(c, frame);
        var v = ToFeel(value);
        if (!options.Any(o => FeelEquals(o, v))) errors.Add(Messages.Option(path));
    }

    private void CheckMultiChoice(FormComponent c, JsonNode value, string path, RowFrame? frame)
    {
        if (value is not JsonArray items || items.Any(i => i is null || !IsScalar(i)))
        {
            errors.Add(Messages.Type(path, "选项值列表", "a list of option values"));
            return;
        }
        var options = Options(c, frame);
        foreach (var item in items)
        {
            var v = ToFeel(item);
            if (!options.Any(o => FeelEquals(o, v)))
            {
                errors.Add(Messages.Option(path));
                return;
            }
        }
    }

    private static bool IsScalar(JsonNode value) =>
        value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    // filepicker, oa-user, oa-department: one id, or a list of ids when `multiple`.
    private void CheckIds(FormComponent c, JsonNode value, string path)
    {
        var ok = c.Multiple
            ? value is JsonArray items && items.All(i => i is not null && AsString(i) is { Length: > 0 })
            : AsString(value) is { Length: > 0 };
        // form-js filepicker stores one reference string even when several files are picked
        if (!ok && c.Kind == ComponentKind.Filepicker && AsString(value) is { Length: > 0 }) ok = true;
        if (!ok)
            errors.Add(c.Multiple
                ? Messages.Type(path, "标识列表", "a list of ids")
                : Messages.Type(path, "标识文本", "an id string"));
    }
}
