using Oa.Workflows.Nodes;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;
using Oa.Workflows.Tests.Support;

namespace Oa.Workflows.Tests.Planning;

public class UserTaskPlannerTests
{
    private sealed class ThrowingPlanner : IUserTaskPlanner
    {
        public UserTaskPlan? Plan(UserTask task, PlanningContext context) => throw new InvalidOperationException("no approver found");
    }

    private sealed class FakePlanner(UserTaskPlan? plan) : IUserTaskPlanner
    {
        public PlanningContext? Seen { get; private set; }
        public UserTask? Task { get; private set; }

        public UserTaskPlan? Plan(UserTask task, PlanningContext context)
        {
            if (task.Id != "sign") return null;
            (Task, Seen) = (task, context);
            return plan;
        }
    }

    private static Harness With(ApproveMode mode, string[] assignees, decimal? ratio = null, bool auto = false)
    {
        var h = Harness.For("Planning/planned.bpmn");
        h.Planner = new FakePlanner(new UserTaskPlan(assignees, mode, ratio, auto, auto ? "approve" : null, new Dictionary<string, string> { ["buttons"] = "approve,reject" }));
        return h.Start(new { amount = 1 });
    }

    private static void Act(Harness h, string user, string outcome) =>
        h.Run(new CompleteTask(h.State!.Tasks.Single(t => t.Assignee == user).TaskId, user, null, outcome));

    [Fact]
    public void Planner_SeesTaskExtensionElementsAndContext()
    {
        var planner = new FakePlanner(null);
        var h = Harness.For("Planning/planned.bpmn");
        h.Planner = planner;
        h.Start(new { amount = 7 });
        var approval = Assert.Single(planner.Task!.ExtensionElements);
        Assert.Equal(("http://oa.dev/schema/bpmn/oa", "approval", "all"), (approval.Namespace, approval.Name, approval.Attribute("method")));
        Assert.Equal("user", approval.Children[0].Attribute("type"));
        Assert.Equal(("zhangsan", "BK-1"), (planner.Seen!.Initiator, planner.Seen.BusinessKey));
        Assert.Equal(7, planner.Seen.Variables["amount"].GetInt32());
        Assert.Single(h.State!.Tasks); // null plan: the task runs as modelled
    }

    [Fact]
    public void Planner_Throws_RaisesIncident_ResolveReplansTheTask()
    {
        var h = Harness.For("Planning/planned.bpmn");
        h.Planner = new ThrowingPlanner();
        h.Start();
        Assert.Equal(InstanceStatus.Incident, h.Status);
        var incident = Assert.Single(h.State!.Incidents);
        Assert.Equal(("sign", "PlanningFailed"), (incident.ElementId, incident.Kind));
        Assert.Contains("no approver found", incident.Message);
        Assert.Contains(h.LastEffects, e => e is IncidentRaised);
        Assert.Equal(1, h.CountHistory("IncidentRaised", "sign"));
        Assert.Empty(h.State.Tasks);

        // Still broken: the retry raises a fresh incident rather than failing the command.
        h.Run(new ResolveIncident(incident.IncidentId));
        Assert.Equal(InstanceStatus.Incident, h.Status);
        var second = Assert.Single(h.State!.Incidents);
        Assert.NotEqual(incident.IncidentId, second.IncidentId);

        h.Planner = new FakePlanner(new UserTaskPlan(["a"], ApproveMode.All, null, false, null, new Dictionary<string, string>()));
        h.Run(new ResolveIncident(second.IncidentId));
        Assert.Equal(InstanceStatus.Running, h.Status);
        Assert.Empty(h.State!.Incidents);
        Assert.Equal(["a"], h.State.Tasks.Select(t => t.Assignee));
        Assert.Equal(2, h.CountHistory("IncidentResolved", "sign"));
    }

    [Fact]
    public void Plan_All_EveryAssigneeMustApprove()
    {
        var h = With(ApproveMode.All, ["a", "b"]);
        Assert.Equal(["a", "b"], h.State!.Tasks.Select(t => t.Assignee));
        Assert.All(h.Effects.OfType<TaskCreated>(), t => Assert.Equal("approve,reject", t.Task.Extensions["buttons"]));
        Act(h, "a", "approve");
        Assert.Equal(["b"], h.State!.Tasks.Select(t => t.Assignee));
        Act(h, "b", "approve");
        Assert.Equal(["next"], h.OpenTaskElements);
        Assert.Equal("approve", h.Var("sign_outcome").GetString());
    }

    [Fact]
    public void Plan_All_OneRejectEndsTheApprovalAndRoutes()
    {
        var h = With(ApproveMode.All, ["a", "b", "c"]);
        Act(h, "b", "reject");
        Assert.Equal(["rejected"], h.OpenTaskElements);
        Assert.Equal("reject", h.Var("lastOutcome").GetString());
        Assert.Equal(2, h.LastEffects.OfType<TaskCancelled>().Count());
    }

    [Fact]
    public void Plan_Any_FirstCompletionDecidesAndCancelsTheRest()
    {
        var h = With(ApproveMode.Any, ["a", "b", "c"]);
        Act(h, "c", "approve");
        Assert.Equal(["next"], h.OpenTaskElements);
        Assert.Equal(2, h.LastEffects.OfType<TaskCancelled>().Count());
    }

    [Fact]
    public void Plan_Sequential_OneAfterAnother()
    {
        var h = With(ApproveMode.Sequential, ["a", "b"]);
        Assert.Equal(["a"], h.State!.Tasks.Select(t => t.Assignee));
        Act(h, "a", "approve");
        Assert.Equal(["b"], h.State!.Tasks.Select(t => t.Assignee));
        Act(h, "b", "approve");
        Assert.Equal(["next"], h.OpenTaskElements);
        Assert.Equal(["a", "b"], h.State!.CompletedTasks.Select(c => c.User));
    }

    [Fact]
    public void Plan_Ratio_CompletesWhenRatioReached()
    {
        var h = With(ApproveMode.Ratio, ["a", "b", "c", "d"], 0.5m);
        Act(h, "a", "approve");
        Assert.Equal(3, h.State!.Tasks.Count);
        Act(h, "d", "approve");
        Assert.Equal(["next"], h.OpenTaskElements);
    }

    [Fact]
    public void Plan_Ratio_RejectsWhenRatioCanNoLongerBeReached()
    {
        var h = With(ApproveMode.Ratio, ["a", "b", "c"], 0.6m);
        Act(h, "a", "reject");
        Assert.Equal(2, h.State!.Tasks.Count);
        Act(h, "b", "reject");
        Assert.Equal(["rejected"], h.OpenTaskElements);
    }

    [Fact]
    public void Plan_AutoComplete_SkipsTheTaskWithOutcome()
    {
        var h = With(ApproveMode.All, [], auto: true);
        Assert.Equal(["next"], h.OpenTaskElements);
        Assert.Equal("approve", h.Var("sign_outcome").GetString());
        Assert.Equal(1, h.CountHistory("TaskAutoCompleted", "sign"));
    }

    [Fact]
    public void AddAssignee_Parallel_NewTaskAndMustAlsoApprove()
    {
        var h = With(ApproveMode.All, ["a", "b"]);
        h.Run(new AddAssignee(h.State!.Tasks.Single(t => t.Assignee == "a").TaskId, "c", "a"));
        Assert.Equal(["a", "b", "c"], h.State!.Tasks.Select(t => t.Assignee));
        Act(h, "a", "approve");
        Act(h, "b", "approve");
        Assert.Equal(["sign"], h.OpenTaskElements);
        Act(h, "c", "approve");
        Assert.Equal(["next"], h.OpenTaskElements);
    }

    [Fact]
    public void AddAssignee_Sequential_QueuesNewApproverLast()
    {
        var h = With(ApproveMode.Sequential, ["a", "b"]);
        h.Run(new AddAssignee(h.State!.Tasks.Single().TaskId, "z"));
        Assert.Equal(["a"], h.State!.Tasks.Select(t => t.Assignee));
        Act(h, "a", "approve");
        Act(h, "b", "approve");
        Assert.Equal(["z"], h.State!.Tasks.Select(t => t.Assignee));
    }

    [Fact]
    public void AddAssignee_OnUnplannedTask_IsRejected()
    {
        var h = Harness.For("Planning/planned.bpmn").Start();
        Assert.Equal(EngineErrorCode.InvalidCommand, Assert.Throws<EngineException>(() => h.Run(new AddAssignee(h.Task("sign").TaskId, "x"))).Code);
    }
}
