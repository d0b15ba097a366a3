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
    /// <summary>A cancel allowed only before anyone else acted (撤回) found a task completed by someone else.</summary>
    AlreadyActedOn,
}
