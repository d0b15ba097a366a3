using Oa.Feel;

namespace Oa.Forms.Schema;

// A validation limit: a constant, or FEEL (`"min": "=budget * 0.1"`) evaluated against the data.
public sealed record FormLimit(decimal? Constant, FeelExpression? Expression, string Source)
{
    public static FormLimit Of(decimal value) => new(value, null, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
