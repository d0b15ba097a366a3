using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

internal sealed partial class SubmissionRun
{
    private void CheckNumber(FormComponent c, JsonNode value, string path, RowFrame? frame)
    {
        if (ReadNumber(c, value) is not { } number)
        {
            errors.Add(Messages.Type(path, "数字", "a number"));
            return;
        }
        if (c.DecimalDigits is { } digits && digits >= 0 && Scale(number) > digits)
            errors.Add(Messages.DecimalDigits(path, digits));
        if (c.Increment is { } step && step > 0 && number % step != 0)
            errors.Add(Messages.Increment(path, step));
        // A zero is checked against the limits too (form-js 1.x does the same).
        if (Limit(c.Validate.Min, frame) is { } min && number < min) errors.Add(Messages.Min(path, min));
        if (Limit(c.Validate.Max, frame) is { } max && number > max) errors.Add(Messages.Max(path, max));
    }

    // A JSON number; a numeric string only when the field has form-js `serializeToString`.
    private static decimal? ReadNumber(FormComponent c, JsonNode value)
    {
        if (value is not JsonValue v) return null;
        if (v.GetValueKind() == JsonValueKind.Number)
        {
            try { return v.TryGetValue<decimal>(out var d) ? d : null; }
            catch (Exception ex) when (ex is FormatException or OverflowException) { return null; }
        }
        if (c.SerializeToString && v.GetValueKind() == JsonValueKind.String)
        {
            var s = v.GetValue<string>();
            if (NumericString().IsMatch(s) &&
                decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
                return d;
        }
        return null;
    }

    private static int Scale(decimal d)
    {
        // Trailing zeros do not count: 1.50 has one decimal digit.
        var normalized = d / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NumericString();
}
