using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// Marks a TimerBookmark as a task's timeout (oa:timeout) rather than a BPMN timer event.
// Attempt counts the reminders already sent; Repeat is how many the policy allows.
public sealed record TaskTimeoutTimer(string TaskId, TaskTimeoutAction Action, int Attempt, int Repeat);
