using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

// Type coercion is strict: a value of the wrong JSON kind is a "type" error, never converted.
internal sealed partial class SubmissionRun
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    private void Check(FormComponent c, JsonNode? value, bool present, string path, RowFrame? frame)
    {
        var kind = value?.GetValueKind();
        var empty = !present || value is null || kind == JsonValueKind.Null
            || (kind == JsonValueKind.String && value!.GetValue<string>().Length == 0)
            || (value is JsonArray a && a.Count == 0);
        // form-js: a required checkbox must be ticked
        if (c.Kind == ComponentKind.Checkbox && c.Validate.Required && kind == JsonValueKind.False) empty = true;
        if (empty)
        {
            if (c.Validate.Required) errors.Add(Messages.Required(path));
            // "" and [] are the empty values of text and list fields (form-js skips rules on them);
            // elsewhere they are the wrong type, e.g. "" for a number.
            else if (present && value is not null && kind is not JsonValueKind.Null && !EmptyAllowed(c, value))
                CheckShape(c, value, path, frame);
            return;
        }
        CheckShape(c, value!, path, frame);
    }

    private void CheckShape(FormComponent c, JsonNode value, string path, RowFrame? frame)
    {
        switch (c.Kind)
        {
            case ComponentKind.Textfield or ComponentKind.Textarea:
                if (AsString(value) is { } s) CheckText(c, s, path, frame);
                else errors.Add(Messages.Type(path, "文本", "text"));
                break;
            case ComponentKind.Number or ComponentKind.OaMoney:
                CheckNumber(c, value, path, frame);
                break;
            case ComponentKind.Datetime:
                if (AsString(value) is { } d) CheckDateTime(c, d, path);
                else errors.Add(Messages.Type(path, "日期时间文本", "a date/time string"));
                break;
            case ComponentKind.Checkbox:
                if (value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                    errors.Add(Messages.Type(path, "布尔值", "true or false"));
                break;
            case ComponentKind.Radio or ComponentKind.Select:
                CheckSingleChoice(c, value, path, frame);
                break;
            case ComponentKind.Checklist or ComponentKind.Taglist:
                CheckMultiChoice(c, value, path, frame);
                break;
            case ComponentKind.Filepicker or ComponentKind.OaUser or ComponentKind.OaDepartment:
                CheckIds(c, value, path);
                break;
            case ComponentKind.OaAttachments:
                CheckAttachments(c, value, path);
                break;
            case ComponentKind.OaSignature:
                CheckSignature(c, value, path);
                break;
            case ComponentKind.OaRelatedRecord:
                if (RecordId(value) is not { Length: > 0 }) errors.Add(Messages.Type(path, "记录 { id, title }", "a record { id, title }"));
                break;
        }
    }

    private static bool EmptyAllowed(FormComponent c, JsonNode value) => value is JsonArray
        ? c.Kind is ComponentKind.Checklist or ComponentKind.Taglist or ComponentKind.OaAttachments || c.Multiple
        : c.Kind is ComponentKind.Textfield or ComponentKind.Textarea or ComponentKind.Datetime or ComponentKind.Filepicker
            or ComponentKind.OaUser or ComponentKind.OaDepartment or ComponentKind.OaSignature;

    private static string? AsString(JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private void CheckText(FormComponent c, string s, string path, RowFrame? frame)
    {
        var rules = c.Validate;
        // form-js measures the trimmed length
        var length = s.Trim().Length;
        if (Limit(rules.MinLength, frame) is { } min && length < min) errors.Add(Messages.MinLength(path, min));
        if (Limit(rules.MaxLength, frame) is { } max && length > max) errors.Add(Messages.MaxLength(path, max));
        if (rules.Pattern is { } pattern && !SafeMatch(s, pattern))
            errors.Add(Messages.Pattern(path, pattern, rules.PatternErrorMessage));
        if (rules.ValidationType == ValidationType.Email && !Formats.IsEmail(s)) errors.Add(Messages.Email(path));
        if (rules.ValidationType == ValidationType.Phone && !Formats.IsPhone(s)) errors.Add(Messages.Phone(path));
    }

    // Unanchored like the browser's `new RegExp(pattern).test(value)`; a timeout counts as no match.
    private static bool SafeMatch(string s, string pattern)
    {
        try { return Regex.IsMatch(s, pattern, RegexOptions.None, RegexTimeout); }
        catch (RegexMatchTimeoutException) { return false; }
        catch (ArgumentException) { return false; }
    }
}
