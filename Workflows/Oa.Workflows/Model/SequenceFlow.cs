namespace Oa.Workflows.Model;

public sealed class SequenceFlow
{
    internal SequenceFlow(string id, string? name, FlowNode source, FlowNode target, Expression? condition, int? line)
    {
        Id = id;
        Name = name;
        Source = source;
        Target = target;
        Condition = condition;
        Line = line;
    }

    public string Id { get; }

    public string? Name { get; }

    public FlowNode Source { get; }

    public FlowNode Target { get; }

    public Expression? Condition { get; }

    public bool IsDefault { get; internal set; }

    public int? Line { get; }
}
