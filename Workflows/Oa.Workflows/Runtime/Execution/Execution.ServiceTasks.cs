using System.Collections.Immutable;
using Oa.Workflows.Nodes;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    // Synchronous handlers run inside this command; everything else becomes a job for a worker.
    private void RunServiceTask(Token token, ServiceTask task)
    {
        var type = EvalText(task.TaskType, token, "task type") ?? "";
        var handler = ctx.Handlers?.Find(type);
        if (handler is { IsAsync: false })
        {
            ServiceTaskResult result;
            try
            {
                result = handler.Execute(new ServiceTaskRequest(InstanceId, task.Id, type, task.Headers, Scope(token).Flatten(), Now));
            }
            catch (Exception ex)
            {
                throw new ElementFailure("HandlerFailed", $"Handler '{type}' failed: {ex.Message}");
            }
            if (result.ErrorCode is not null) ThrowError(token, result.ErrorCode, $"handler '{type}'");
            else CompleteActivity(token, result.Variables);
            return;
        }
        var job = new JobBookmark(NewId(), token.Id, task.Id, type, task.Retries, task.Headers.ToImmutableSortedDictionary());
        jobs.Add(job);
        EmitJob(job, token);
    }

    private void EmitJob(JobBookmark job, Token token) =>
        Effects.Add(new JobCreated(job.JobId, InstanceId, job.ElementId, job.Type, job.Retries, job.Headers, Scope(token).Flatten()));

    private JobBookmark TakeJob(string jobId)
    {
        var index = jobs.FindIndex(j => j.JobId == jobId);
        if (index < 0) throw new EngineException(EngineErrorCode.JobNotFound, $"Job '{jobId}' is not open in instance '{InstanceId}'.");
        var job = jobs[index];
        jobs.RemoveAt(index);
        return job;
    }

    private void CompleteJobCommand(CompleteJob command)
    {
        ValidateVariables(command.Variables);
        var job = TakeJob(command.JobId);
        History("JobCompleted", def.Node(job.ElementId), data: Data(("jobId", job.JobId)));
        CompleteActivity(FindToken(job.TokenId)!, command.Variables);
    }

    private void FailJobCommand(FailJob command)
    {
        var job = TakeJob(command.JobId) with { Retries = Math.Max(0, command.Retries), LastError = command.Error };
        jobs.Add(job);
        var token = FindToken(job.TokenId)!;
        History("JobFailed", def.Node(job.ElementId), data: Data(("jobId", job.JobId), ("retries", job.Retries), ("error", command.Error)));
        if (job.Retries > 0) EmitJob(job, token);
        else RaiseIncident(token, "JobNoRetries", command.Error ?? $"Job '{job.JobId}' failed with no retries left.", job.JobId);
    }

    private void ThrowJobErrorCommand(ThrowJobError command)
    {
        var job = TakeJob(command.JobId);
        ThrowError(FindToken(job.TokenId), command.ErrorCode, $"job '{job.JobId}': {command.Message}");
    }
}
