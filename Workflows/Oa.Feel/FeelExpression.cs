using Oa.Feel.Evaluation;

namespace Oa.Feel;

public sealed class FeelExpression
{
    internal FeelExpression(string source, Node root, IReadOnlySet<string> referencedNames, IReadOnlySet<string> filterOnlyNames, bool isUnaryTests)
    {
        Source = source;
        Root = root;
        ReferencedNames = referencedNames;
        FilterOnlyNames = filterOnlyNames;
        IsUnaryTests = isUnaryTests;
    }

    public string Source { get; }

    // Top-level variable names the expression may read (an over-approximation inside filters),
    // so that forms can order dependent expression fields.
    public IReadOnlySet<string> ReferencedNames { get; }

    // The subset of ReferencedNames read only inside filters (`orders[amount > 0]`): each may be a member
    // of the filtered items instead of a variable.
    public IReadOnlySet<string> FilterOnlyNames { get; }

    public bool IsUnaryTests { get; }

    internal Node Root { get; }

    public override string ToString() => Source;
}
