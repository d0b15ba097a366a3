namespace Oa.Workflows.Runtime;

public enum EngineErrorCode
{
    InstanceAlreadyStarted,
    InstanceNotRunning,
    InstanceSuspended,
    InstanceNotSuspended,
    DefinitionMismatch,
    StartEventNotFound,
    ElementNotFound,
    TokenNotFound,
    TaskNotFound,
    TaskAlreadyCompleted,
    TimerNotFound,
    JobNotFound,
    ChildNotFound,
    IncidentNotFound,
    MessageNotCorrelated,
    InvalidVariables,
    InvalidCommand,
    ExpressionFailed,
}
