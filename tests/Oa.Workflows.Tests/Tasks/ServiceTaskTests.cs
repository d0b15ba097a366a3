using System.Text.Json;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Tasks;

public class ServiceTaskTests
{
    private sealed class Allowance(bool async = false, string? error = null) : IServiceTaskHandler
    {
        public string Type => "allowance";
        public bool IsAsync => async;
        public ServiceTaskRequest? Seen { get; private set; }

        public ServiceTaskResult Execute(ServiceTaskRequest request)
        {
            Seen = request;
            if (error is not null) return new ServiceTaskResult(ErrorCode: error);
            var rate = int.Parse(request.Headers["rate"]);
            return new ServiceTaskResult(Vars.Of(new { total = request.Variables["d"].GetInt32() * rate }));
        }
    }

    [Fact]
    public void ServiceTask_SyncHandler_RunsInSameStepWithHeadersAndMappedInputs()
    {
        var handler = new Allowance();
        var h = Harness.For("Tasks/service-task.bpmn");
        h.Handlers = new ServiceTaskHandlers(handler);
        h.Start(new { days = 3 });
        Assert.Equal(360, h.Var("allowance").GetInt32());
        Assert.Equal(["pay"], h.OpenTaskElements);
        Assert.Equal("calc", handler.Seen!.ElementId);
    }

    [Fact]
    public void ServiceTask_HandlerReturnsBpmnError_CaughtByBoundaryErrorEvent()
    {
        var h = Harness.For("Tasks/service-task.bpmn");
        h.Handlers = new ServiceTaskHandlers(new Allowance(error: "NO_BUDGET"));
        h.Start(new { days = 3 });
        Assert.Equal(["explain"], h.OpenTaskElements);
    }

    [Fact]
    public void ServiceTask_WithoutSyncHandler_BecomesJobAndCompletesByCommand()
    {
        var h = Harness.For("Tasks/service-task.bpmn").Start(new { days = 2 });
        var job = Assert.Single(h.Effects.OfType<JobCreated>());
        Assert.Equal(("allowance", 2, "120"), (job.Type, job.Retries, job.Headers["rate"]));
        h.Run(new CompleteJob(job.JobId, Vars.Of(new { total = 240 })));
        Assert.Equal(240, h.Var("allowance").GetInt32());
        Assert.Equal(["pay"], h.OpenTaskElements);
    }

    [Fact]
    public void ServiceTask_JobFailsUntilNoRetries_RaisesIncidentThenResolveRetries()
    {
        var h = Harness.For("Tasks/service-task.bpmn").Start(new { days = 2 });
        var jobId = h.State!.Jobs[0].JobId;
        h.Run(new FailJob(jobId, 1, "timeout"));
        Assert.Equal(InstanceStatus.Running, h.Status);
        Assert.Single(h.LastEffects.OfType<JobCreated>()); // re-dispatched
        h.Run(new FailJob(jobId, 0, "timeout again"));
        Assert.Equal(InstanceStatus.Incident, h.Status);
        var incident = Assert.Single(h.State!.Incidents);
        Assert.Equal(("calc", "timeout again"), (incident.ElementId, incident.Message));
        h.Run(new ResolveIncident(incident.IncidentId, 2));
        Assert.Equal(InstanceStatus.Running, h.Status);
        h.Run(new CompleteJob(jobId, Vars.Of(new { total = 1 })));
        Assert.Equal(["pay"], h.OpenTaskElements);
    }

    [Fact]
    public void ServiceTask_JobThrowsError_CaughtByBoundaryErrorEvent()
    {
        var h = Harness.For("Tasks/service-task.bpmn").Start(new { days = 2 });
        h.Run(new ThrowJobError(h.State!.Jobs[0].JobId, "NO_BUDGET", "over budget"));
        Assert.Equal(["explain"], h.OpenTaskElements);
        Assert.Empty(h.State!.Jobs);
    }

    [Fact]
    public void ServiceTask_UncaughtJobError_EndsInstanceAsErrored()
    {
        var h = Harness.For("Tasks/service-task.bpmn").Start(new { days = 2 });
        h.Run(new ThrowJobError(h.State!.Jobs[0].JobId, "OTHER"));
        Assert.Equal(InstanceStatus.Errored, h.Status);
        Assert.Contains(h.LastEffects, e => e is InstanceEnded { Status: InstanceStatus.Errored, ErrorCode: "OTHER" });
    }
}
