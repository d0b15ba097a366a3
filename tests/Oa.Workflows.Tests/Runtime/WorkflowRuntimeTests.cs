using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Runtime;

public class WorkflowRuntimeTests
{
    private sealed class ClosePeriod(int failures) : IServiceTaskHandler
    {
        public int Calls;
        public string Type => "closePeriod";
        public bool IsAsync => true;
        public ServiceTaskResult Execute(ServiceTaskRequest request) =>
            ++Calls <= failures ? throw new InvalidOperationException("db down") : ServiceTaskResult.Done;
    }

    private static (WorkflowRuntime, TestClock, ClosePeriod) Deployed(int failures = 0)
    {
        var clock = new TestClock(Harness.T0);
        var handler = new ClosePeriod(failures);
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), clock, handlers: new ServiceTaskHandlers(handler));
        Assert.True(runtime.Deploy(Fixture.Text("Runtime/collaboration.bpmn")).IsValid);
        return (runtime, clock, handler);
    }

    [Fact]
    public async Task MessageThrow_StartsProcessWithMessageStart_AndEndMessageCorrelatesBack()
    {
        var (runtime, _, _) = Deployed();
        var requester = await runtime.StartAsync("requester", variables: Vars.Of(new { requestNo = "PO-9" }));
        var buy = Assert.Single(runtime.OpenTasks);
        Assert.Equal("buy", buy.ElementId);
        await runtime.CompleteTaskAsync(buy.TaskId, "buyer");
        Assert.Equal(InstanceStatus.Completed, (await runtime.Store.LoadAsync(requester.InstanceId))!.Status);
        Assert.Empty(runtime.FollowUpFailures);
    }

    [Fact]
    public async Task PublishMessage_NoSubscriberYetWithTtl_IsDeliveredWhenSubscriptionOpens()
    {
        var (runtime, _, _) = Deployed();
        Assert.Equal(0, await runtime.PublishMessageAsync("purchaseDone", "PO-1", null, TimeSpan.FromMinutes(10)));
        var requester = await runtime.StartAsync("requester", variables: Vars.Of(new { requestNo = "PO-1" }));
        Assert.Equal(InstanceStatus.Completed, (await runtime.Store.LoadAsync(requester.InstanceId))!.Status);
    }

    [Fact]
    public async Task Tick_FiresTimerStartCycleAndAsyncJobsRetryThenComplete()
    {
        var (runtime, clock, handler) = Deployed(failures: 1);
        Assert.Equal(0, await runtime.TickAsync());
        clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(1, await runtime.TickAsync());
        var job = Assert.Single(runtime.OpenJobs);
        Assert.Equal(1, await runtime.RunJobsAsync()); // fails once: one retry left, job re-dispatched
        Assert.Equal(1, Assert.Single(runtime.OpenJobs).Retries);
        await runtime.RunJobsAsync();
        Assert.Empty(runtime.OpenJobs);
        Assert.Equal(InstanceStatus.Completed, (await runtime.Store.LoadAsync(job.InstanceId))!.Status);
        clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(1, await runtime.TickAsync());
        clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(0, await runtime.TickAsync()); // R2: two starts only
        Assert.Equal(2, handler.Calls);
        Assert.Single(runtime.OpenJobs); // the second period's job waits for the next RunJobsAsync
    }

    [Fact]
    public async Task AsyncJob_FailsBeyondRetries_RaisesIncident()
    {
        var (runtime, clock, _) = Deployed(failures: 5);
        clock.Advance(TimeSpan.FromHours(24));
        await runtime.TickAsync();
        var job = runtime.OpenJobs[0];
        await runtime.RunJobsAsync();
        await runtime.RunJobsAsync();
        var state = (await runtime.Store.LoadAsync(job.InstanceId))!;
        Assert.Equal(InstanceStatus.Incident, state.Status);
        Assert.Equal("db down", state.Incidents.Single().Message);
    }

    [Fact]
    public async Task Tick_SuspendedInstance_IsSkippedAndRecordedWhileOthersFire()
    {
        var clock = new TestClock(Harness.T0);
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), clock);
        runtime.Deploy(Fixture.Text("Gateways/event-based.bpmn"));
        var a = await runtime.StartAsync("race", variables: Vars.Of(new { orderId = "A" }));
        var b = await runtime.StartAsync("race", variables: Vars.Of(new { orderId = "B" }));
        await runtime.ExecuteAsync(a.InstanceId, new Suspend("admin"));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, await runtime.TickAsync());
        Assert.Equal(EngineErrorCode.InstanceSuspended, Assert.Single(runtime.FollowUpFailures).Error.Code);
        Assert.Equal("remind", Assert.Single(runtime.TasksOf(b.InstanceId)).ElementId);
    }

    [Fact]
    public async Task CancelOfASuspendedInstance_ByTheApplicantIsRefused_ByAnAdministratorEndsIt()
    {
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), new TestClock(Harness.T0));
        runtime.Deploy(Fixture.Text("Gateways/parallel.bpmn"));
        var started = await runtime.StartAsync("parallel");
        await runtime.ExecuteAsync(started.InstanceId, new Suspend("admin"));

        var refused = await Assert.ThrowsAsync<EngineException>(() => runtime.ExecuteAsync(started.InstanceId, new CancelInstance("不要了", "zhangsan", WhileSuspended: false)));
        Assert.Equal(EngineErrorCode.InstanceSuspended, refused.Code);
        var held = (await runtime.Store.LoadAsync(started.InstanceId))!;
        Assert.Equal(InstanceStatus.Suspended, held.Status);
        Assert.NotEmpty(held.Tasks);

        await runtime.ExecuteAsync(started.InstanceId, new CancelInstance("作废", "admin"));
        Assert.Equal(InstanceStatus.Cancelled, (await runtime.Store.LoadAsync(started.InstanceId))!.Status);
    }

    [Fact]
    public async Task CancelBeforeOthersAct_RefusedOnceSomeoneElseCompletedATask_AllowedForTheApplicantsOwn()
    {
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), new TestClock(Harness.T0));
        runtime.Deploy(Fixture.Text("Gateways/parallel.bpmn"));
        var mine = await runtime.StartAsync("parallel");
        await runtime.CompleteTaskAsync(runtime.TasksOf(mine.InstanceId).First(t => t.ElementId == "a").TaskId, "zhangsan");
        await runtime.ExecuteAsync(mine.InstanceId, new CancelInstance("不要了", "zhangsan", WhileSuspended: false, BeforeOthersAct: true));
        Assert.Equal(InstanceStatus.Cancelled, (await runtime.Store.LoadAsync(mine.InstanceId))!.Status);

        var acted = await runtime.StartAsync("parallel");
        await runtime.CompleteTaskAsync(runtime.TasksOf(acted.InstanceId).First(t => t.ElementId == "a").TaskId, "wanglei");
        var refused = await Assert.ThrowsAsync<EngineException>(() =>
            runtime.ExecuteAsync(acted.InstanceId, new CancelInstance("不要了", "zhangsan", WhileSuspended: false, BeforeOthersAct: true)));
        Assert.Equal(EngineErrorCode.AlreadyActedOn, refused.Code);
        Assert.Equal(InstanceStatus.Running, (await runtime.Store.LoadAsync(acted.InstanceId))!.Status);
    }

    [Fact]
    public async Task ConcurrentCompletionOfSameTask_ExactlyOneWins()
    {
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), new TestClock(Harness.T0));
        runtime.Deploy(Fixture.Text("Gateways/parallel.bpmn"));
        var started = await runtime.StartAsync("parallel");
        var task = runtime.TasksOf(started.InstanceId).First(t => t.ElementId == "a");
        var attempts = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            try { await runtime.CompleteTaskAsync(task.TaskId, "x"); return true; }
            catch (EngineException e) when (e.Code == EngineErrorCode.TaskNotFound || e.Code == EngineErrorCode.TaskAlreadyCompleted) { return false; }
        }));
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(r => r));
        var state = (await runtime.Store.LoadAsync(started.InstanceId))!;
        Assert.Single(state.CompletedTasks);
    }
}
