using Oa.Workflows.Ports;

namespace Oa.Workflows.Model;

// Camunda 8 convention: an attribute starting with '=' is FEEL, anything else is a static value.
// Conditions, collections and mappings are always FEEL (the '=' is optional there).
public sealed class Expression
{
    public Expression(string source, string? literal, CompiledExpression? compiled)
    {
        Source = source;
        Literal = literal;
        Compiled = compiled;
    }

    public string Source { get; }

    public string? Literal { get; }

    public CompiledExpression? Compiled { get; }

    public bool IsStatic => Compiled is null;

    public override string ToString() => Source;
}
