namespace Oa.Feel;

// A FEEL range: [1..10], (1..10], or the open-ended ranges of unary tests (< 10 is End=10, Start=null).
public sealed record FeelRange(object? Start, bool StartIncluded, object? End, bool EndIncluded)
{
    public override string ToString() =>
        (StartIncluded ? "[" : "(") + Temporal.ToFeelString(Start) + ".." + Temporal.ToFeelString(End) + (EndIncluded ? "]" : ")");
}
