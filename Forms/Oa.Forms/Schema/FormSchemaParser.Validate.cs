using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Oa.Forms.Schema;

public static partial class FormSchemaParser
{
    private static ValidationRules ParseValidate(JsonNode? node, ComponentKind kind, ComponentContext ctx)
    {
        if (node is null) return ValidationRules.None;
        if (node is not JsonObject v)
        {
            ctx.Problem("validate 必须是对象 / `validate` must be an object");
            return ValidationRules.None;
        }

        var pattern = Str(v["pattern"]);
        if (!string.IsNullOrEmpty(pattern))
        {
            try { _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)); }
            catch (ArgumentException ex)
            {
                ctx.Problem($"validate.pattern 不是有效的正则表达式 / invalid regular expression: {ex.Message}");
                pattern = null;
            }
        }

        var type = Str(v["validationType"]) switch
        {
            "email" => ValidationType.Email,
            "phone" => ValidationType.Phone,
            null or "" or "custom" => ValidationType.None,
            var other => Unknown(other),
        };

        return new ValidationRules
        {
            Required = Bool(v["required"]),
            MinLength = Limit(v["minLength"], "minLength", ctx),
            MaxLength = Limit(v["maxLength"], "maxLength", ctx),
            Min = Limit(v["min"], "min", ctx),
            Max = Limit(v["max"], "max", ctx),
            Pattern = string.IsNullOrEmpty(pattern) ? null : pattern,
            PatternErrorMessage = Str(v["patternErrorMessage"]) ?? Str(v["message"]),
            ValidationType = type,
        };

        ValidationType Unknown(string other)
        {
            ctx.Problem($"未知的 validationType \"{other}\" / unknown validationType (email, phone)");
            return ValidationType.None;
        }
    }

    private static IReadOnlyList<FormOption>? ParseValues(JsonNode? node, ComponentKind kind, ComponentContext ctx)
    {
        if (node is null) return null;
        if (node is not JsonArray array)
        {
            ctx.Problem("values 必须是数组 / `values` must be an array");
            return null;
        }
        var options = new List<FormOption>();
        foreach (var item in array)
        {
            if (item is JsonObject o && o.ContainsKey("value"))
            {
                var value = o["value"];
                if (value is not null && value.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array)
                    ctx.Problem("选项值必须是简单值 / option values must be strings, numbers or booleans");
                options.Add(new FormOption(Str(o["label"]) ?? value?.ToJsonString() ?? "", value?.DeepClone()));
            }
            else ctx.Problem("选项必须是 { label, value } / each option needs `label` and `value`");
        }
        if (!ComponentTypes.HasOptions(kind)) return null;
        return options;
    }
}
