namespace Oa.Workflows.Approvals;

// rejectTo="end|initiator|previous|node:Task_1": where a rejection sends the instance.
public sealed record RejectTarget(RejectTargetKind Kind, string? NodeId = null)
{
    public static readonly RejectTarget End = new(RejectTargetKind.End);

    public override string ToString() => Kind == RejectTargetKind.Node ? $"node:{NodeId}" : Kind.ToString().ToLowerInvariant();
}
