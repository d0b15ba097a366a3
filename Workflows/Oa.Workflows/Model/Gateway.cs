namespace Oa.Workflows.Model;

public abstract partial class Gateway : FlowNode
{
    protected Gateway(string id, string? name, int? line) : base(id, name, line) { }

    public SequenceFlow? Default { get; internal set; }

    public bool IsJoin => Incoming.Count > 1;
}
