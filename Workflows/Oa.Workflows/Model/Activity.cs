namespace Oa.Workflows.Model;

public abstract partial class Activity : FlowNode
{
    protected Activity(string id, string? name, int? line) : base(id, name, line) { }

    public IReadOnlyList<VariableMapping> Inputs { get; internal set; } = [];

    public IReadOnlyList<VariableMapping> Outputs { get; internal set; } = [];

    public IReadOnlyList<Nodes.BoundaryEvent> BoundaryEvents { get; internal set; } = [];

    public MultiInstanceLoop? Loop { get; internal set; }

    public IReadOnlyList<ExtensionElement> ExtensionElements { get; internal set; } = [];
}
