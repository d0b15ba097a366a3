namespace Oa.Workflows.Nodes;

public sealed class SendTask : ServiceTask
{
    public SendTask(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "sendTask";
}
