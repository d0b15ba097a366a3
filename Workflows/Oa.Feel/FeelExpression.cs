using Oa.Feel.Evaluation;

namespace Oa.Feel;

public sealed class FeelExpression
{
    internal FeelExpression(string source, Node root, IReadOnlySet<string> referencedNames, bool isUnaryTests)
    {
        Source = source;
        Root = root;
        ReferencedNames = referencedNames;
        IsUnaryTests = isUnaryTests;
    }

    public string Source { get; }

    // Top-level variable names the expression may read (an over-approximation inside filters),
    // so that forms can order dependent expression fields.
    public IReadOnlySet<string> ReferencedNames { get; }

    public bool IsUnaryTests { get; }

    internal Node Root { get; }

    public override string ToString() => Source;
}
