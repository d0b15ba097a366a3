using System.Text.Json;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private readonly Dictionary<string, JobCreated> openJobs = new(StringComparer.Ordinal);

    public IReadOnlyList<JobCreated> OpenJobs { get { lock (gate) return openJobs.Values.ToArray(); } }

    private void TrackJob(EngineEffect effect)
    {
        switch (effect)
        {
            case JobCreated j: openJobs[j.JobId] = j; break;
            case JobCancelled j: openJobs.Remove(j.JobId); break;
        }
    }

    // Runs open jobs that have an asynchronous handler registered: success completes the job,
    // a BPMN error is thrown at the task, an exception costs one retry (incident at zero).
    public async Task<int> RunJobsAsync()
    {
        var ran = 0;
        foreach (var job in OpenJobs)
        {
            if (handlers?.Find(job.Type) is not { IsAsync: true } handler) continue;
            lock (gate) openJobs.Remove(job.JobId);
            ran++;
            EngineCommand command;
            try
            {
                var result = handler.Execute(new ServiceTaskRequest(job.InstanceId, job.ElementId, job.Type, job.Headers, job.Variables, Now));
                command = result.ErrorCode is { } code ? new ThrowJobError(job.JobId, code, result.ErrorMessage) : new CompleteJob(job.JobId, result.Variables);
            }
            catch (Exception ex)
            {
                command = new FailJob(job.JobId, job.Retries - 1, ex.Message);
            }
            await RunEachAsync([new Work(job.InstanceId, command)]);
        }
        return ran;
    }
}
