namespace Oa.Workflows.Runtime;

public enum TokenState
{
    Ready,     // arrived at the element, not yet entered
    Active,    // entered and waiting (task, catch event, sub-process scope, multi-instance body)
    Joining,   // parked at a converging gateway, Via says which incoming flow it came along
    Completed, // done with the element, about to take outgoing flows
}
