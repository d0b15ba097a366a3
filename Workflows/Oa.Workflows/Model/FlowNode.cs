namespace Oa.Workflows.Model;

public abstract partial class FlowNode
{
    protected FlowNode(string id, string? name, int? line)
    {
        Id = id;
        Name = name;
        Line = line;
    }

    public string Id { get; }

    public string? Name { get; }

    public int? Line { get; }

    // Null for nodes directly in the process.
    public Nodes.SubProcess? Parent { get; internal set; }

    public IReadOnlyList<SequenceFlow> Incoming { get; internal set; } = [];

    public IReadOnlyList<SequenceFlow> Outgoing { get; internal set; } = [];

    public abstract string BpmnType { get; }

    // Dense index within the definition, for precomputed reachability.
    internal int Index { get; set; }

    public override string ToString() => $"{BpmnType} '{Id}'";
}
