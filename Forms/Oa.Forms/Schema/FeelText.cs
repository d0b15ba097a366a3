using Oa.Feel;

namespace Oa.Forms.Schema;

/// <summary>
/// The one syntax check of an <c>=</c> string (form-js and Camunda mark FEEL with a leading '='), used by form publishing
/// (FormSchemaParser), the form editor's batch check and the process designer's condition check, so all three give the
/// same verdict. The interpreter is the engine's own; a text it cannot even attempt (an exception rather than a syntax
/// error) is a failed check, never an exception out of a publish or an API call.
/// </summary>
public static class FeelText
{
    public const string Empty = "表达式为空 (empty expression)";

    /// <summary>The compiled expression, or the error and its offset in <paramref name="text"/> as written ('=' included).</summary>
    public static FeelCompileResult Check(string text)
    {
        var trimmed = text.TrimStart();
        if (string.IsNullOrWhiteSpace(trimmed.StartsWith('=') ? trimmed[1..] : trimmed)) return new FeelCompileResult(null, Empty, 0);
        try
        {
            return FeelEngine.Default.Compile(text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new FeelCompileResult(null, ex.Message, 0);
        }
    }
}
