using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    public void Apply(EngineCommand command)
    {
        if (command is StartInstance start)
        {
            Start(start);
            return;
        }
        if (input is null)
            throw new EngineException(EngineErrorCode.InstanceNotRunning, "The instance has not been started.");
        if (input.IsEnded && command is CompleteTask done && input.CompletedTasks.Any(c => c.TaskId == done.TaskId))
            throw new EngineException(EngineErrorCode.TaskAlreadyCompleted, $"Task '{done.TaskId}' is already completed.");
        if (input.IsEnded)
            throw new EngineException(EngineErrorCode.InstanceNotRunning, $"Instance '{InstanceId}' has ended ({input.Status}).");
        if (input.Status == InstanceStatus.Suspended && command is not (Resume or CancelInstance { WhileSuspended: true } or MigrateInstance))
            throw new EngineException(EngineErrorCode.InstanceSuspended, $"Instance '{InstanceId}' is suspended.");
        switch (command)
        {
            case CompleteTask c: CompleteUserTask(c); break;
            case AssignTask c: AssignUserTask(c); break;
            case AddAssignee c: AddApprover(c); break;
            case AddSigner c: AddSignerCommand(c); break;
            case RemoveSigner c: RemoveSignerCommand(c); break;
            case ReturnToInitiator c: ReturnToInitiatorCommand(c); break;
            case Resubmit c: ResubmitCommand(c); break;
            case ReopenTask c: ReopenTaskCommand(c); break;
            case FireTimer c: FireTimerCommand(c); break;
            case CorrelateMessage c: Correlate(c); break;
            case ModifyInstance c: Modify(c); break;
            case MigrateInstance c: Migrate(c); break;
            case CancelInstance c:
                if (c.BeforeOthersAct && input.CompletedTasks.Any(t => t.User is not null && t.User != c.User))
                    throw new EngineException(EngineErrorCode.AlreadyActedOn, $"Instance '{InstanceId}' has a task completed by someone other than {c.User}.");
                History("InstanceCancelled", null, c.User, Data(("reason", c.Reason)));
                EndInstance(InstanceStatus.Cancelled);
                break;
            case Suspend c: SuspendCommand(c); break;
            case Resume c: ResumeCommand(c); break;
            case CompleteJob c: CompleteJobCommand(c); break;
            case FailJob c: FailJobCommand(c); break;
            case ThrowJobError c: ThrowJobErrorCommand(c); break;
            case ResolveIncident c: ResolveIncidentCommand(c); break;
            case ChildCompleted c: ChildCompletedCommand(c); break;
            default: throw new EngineException(EngineErrorCode.InvalidCommand, $"Unknown command {command.GetType().Name}.");
        }
    }

    private void Start(StartInstance command)
    {
        if (input is not null)
            throw new EngineException(EngineErrorCode.InstanceAlreadyStarted, $"Instance '{input.InstanceId}' is already started.");
        if (string.IsNullOrWhiteSpace(command.InstanceId))
            throw new EngineException(EngineErrorCode.InvalidCommand, "An instance id is required.");
        ValidateVariables(command.Variables);
        var startEvent = command.StartEventId is null
            ? def.NoneStartEvent ?? (def.StartEvents.Count == 1 ? def.StartEvents[0] : null)
            : def.StartEvents.FirstOrDefault(s => s.Id == command.StartEventId);
        if (startEvent is null)
            throw new EngineException(EngineErrorCode.StartEventNotFound, $"Process '{def.Key}' has no start event '{command.StartEventId ?? "(none start)"}'.");
        head = head with
        {
            InstanceId = command.InstanceId,
            DefinitionHash = def.ContentHash,
            BusinessKey = command.BusinessKey,
            Initiator = command.Initiator,
            ParentInstanceId = command.ParentInstanceId,
            Status = InstanceStatus.Running,
            StartedAt = Now,
        };
        History("InstanceStarted", null, command.Initiator, Data(("processKey", def.Key), ("businessKey", command.BusinessKey)));
        SetVariables(null, command.Variables, startEvent);
        Schedule(NewToken(startEvent, null, TokenState.Ready));
    }

    private void SuspendCommand(Suspend command)
    {
        if (head.Status == InstanceStatus.Suspended)
            throw new EngineException(EngineErrorCode.InstanceSuspended, $"Instance '{InstanceId}' is already suspended.");
        head = head with { Status = InstanceStatus.Suspended, StatusBeforeSuspend = head.Status };
        History("InstanceSuspended", null, command.User);
    }

    private void ResumeCommand(Resume command)
    {
        if (head.Status != InstanceStatus.Suspended)
            throw new EngineException(EngineErrorCode.InstanceNotSuspended, $"Instance '{InstanceId}' is not suspended.");
        head = head with { Status = head.StatusBeforeSuspend ?? InstanceStatus.Running, StatusBeforeSuspend = null };
        History("InstanceResumed", null, command.User);
    }

    private void ResolveIncidentCommand(ResolveIncident command)
    {
        var index = incidents.FindIndex(i => i.IncidentId == command.IncidentId);
        if (index < 0) throw new EngineException(EngineErrorCode.IncidentNotFound, $"Incident '{command.IncidentId}' is not open.");
        var incident = incidents[index];
        incidents.RemoveAt(index);
        Effects.Add(new IncidentResolved(incident.IncidentId, incident.ElementId));
        History("IncidentResolved", def.Node(incident.ElementId), data: Data(("incidentId", incident.IncidentId)));
        var token = FindToken(incident.TokenId)!;
        if (incident.JobId is not null && jobs.FindIndex(j => j.JobId == incident.JobId) is var j and >= 0)
        {
            jobs[j] = jobs[j] with { Retries = Math.Max(1, command.Retries) };
            EmitJob(jobs[j], token);
        }
        else
        {
            // Re-run the element from scratch (its waits were never opened or are closed now).
            CloseWaits(token.Id, "incident resolved");
            Schedule(token with { State = TokenState.Ready });
        }
    }

    private void ChildCompletedCommand(ChildCompleted command)
    {
        var index = children.FindIndex(c => c.ChildInstanceId == command.ChildInstanceId);
        if (index < 0) throw new EngineException(EngineErrorCode.ChildNotFound, $"No call activity waits for instance '{command.ChildInstanceId}'.");
        ValidateVariables(command.Variables);
        var child = children[index];
        children.RemoveAt(index);
        var token = FindToken(child.TokenId)!;
        if (command.ErrorCode is not null)
        {
            ThrowError(token, command.ErrorCode, $"called process '{child.ProcessKey}'");
            return;
        }
        var call = (CallActivity)NodeOf(token);
        CompleteActivity(token, command.Variables, call.PropagateAllChildVariables);
    }
}
