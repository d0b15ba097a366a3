using System.Runtime.CompilerServices;
using Oa.Workflows.Approvals;
using Oa.Workflows.Nodes;
using Oa.Workflows.Parsing;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Tests.Approvals;

public class OaUserTaskPlannerTests
{
    static UserTask Task(string id)
    {
        var parsed = BpmnParser.Parse(File.ReadAllText(Path.Combine(Here(), "planner.bpmn")), "planner.bpmn");
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Problems));
        return (UserTask)parsed.Process("Process_Planner")!.Node(id)!;
    }

    static PlanningContext Context(object? variables = null, IReadOnlyList<CompletedTask>? completed = null, FakeOrgDirectory? org = null) =>
        new("i-1", "Process_Planner", null, "xiaoming", Approval.Variables(variables), completed ?? [],
            org ?? SampleOrg.Create(), FeelExpressionEvaluator.Instance, DateTimeOffset.UnixEpoch);

    static CompletedTask Done(string element, string user, string outcome = "approve") => new($"t-{element}-{user}", element, user, outcome, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Expression_LargeAmount_PlansBothExecutives() =>
        Assert.Equal(["zhaoyun", "liubei"], new OaUserTaskPlanner().Plan(Task("Task_Amount"), Context(new { amount = 20000 }))!.Assignees);

    [Fact]
    public void Expression_SmallAmount_ReturningOneName_PlansThatUser() =>
        Assert.Equal(["guanyu"], new OaUserTaskPlanner().Plan(Task("Task_Amount"), Context(new { amount = 500 }))!.Assignees);

    [Fact]
    public void TaskWithoutOaApproval_IsLeftToTheModel() =>
        Assert.Null(new OaUserTaskPlanner().Plan(Task("Task_Plain"), Context()));

    static BpmnParseResult Broken() => BpmnParser.Parse(File.ReadAllText(Path.Combine(Here(), "planner-broken.bpmn")), "planner-broken.bpmn");

    [Fact]
    public void InvalidPolicy_ModelIsRejected_NothingToPlan()
    {
        var parsed = Broken();
        Assert.False(parsed.IsValid);
        Assert.Empty(parsed.Processes);
        Assert.Contains(parsed.Problems, p => p.ElementId == "Task_Broken" && p.Message.Contains("method=\"majority\""));
    }

    [Fact]
    public void Validate_UserTaskFromBpmn_ReportsIdAndSourceLine()
    {
        var problems = Broken().Problems;
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(("Task_Broken", 8), (p.ElementId, p.Line)));
        Assert.Contains(problems, p => p.Message.Contains("needs field") && p.Message.Contains("(line 11)"));
    }

    [Fact]
    public void ValidateDefinition_ValidModel_HasNoPolicyProblems()
    {
        var definition = BpmnParser.Parse(File.ReadAllText(Path.Combine(Here(), "planner.bpmn")), "planner.bpmn").Process("Process_Planner")!;
        Assert.Empty(ApprovalPolicyParser.Default.Validate(definition));
    }

    [Fact]
    public void Dedup_CountsOnlyApprovalsOfEarlierTasks()
    {
        var completed = new[] { Done("Task_Amount", "zhangfei"), Done("Task_Amount", "guanyu", "reject") };
        Assert.Equal(["guanyu"], new OaUserTaskPlanner().Plan(Task("Task_Dedup"), Context(completed: completed))!.Assignees);
    }

    [Fact]
    public void Dedup_IgnoresTheTasksOwnEarlierRound()
    {
        var completed = new[] { Done("Task_Dedup", "zhangfei") };
        Assert.Equal(["zhangfei", "guanyu"], new OaUserTaskPlanner().Plan(Task("Task_Dedup"), Context(completed: completed))!.Assignees);
    }

    [Fact]
    public void Dedup_Everyone_AutoCompletesWithApprove()
    {
        var plan = new OaUserTaskPlanner().Plan(Task("Task_Dedup"), Context(completed: [Done("Task_Amount", "zhangfei"), Done("Task_Amount", "guanyu")]))!;
        Assert.True(plan.AutoComplete);
        Assert.Equal("approve", plan.AutoOutcome);
        Assert.Contains("zhangfei", plan.Extensions[PlanExtensions.Notes]);
    }

    static FakeOrgDirectory NobodyActive() => SampleOrg.Create().Deactivate("zhangfei").Deactivate("guanyu");

    [Fact]
    public void NoApprover_Admin_UsesHostSettingForTheProcess()
    {
        var planner = new OaUserTaskPlanner(processAdmins: key => key == "Process_Planner" ? ["admin"] : []);
        Assert.Equal(["admin"], planner.Plan(Task("Task_Dedup"), Context(org: NobodyActive()))!.Assignees);
    }

    [Fact]
    public void NoApprover_Admin_ProcessAdminsVariableWinsOverHostSetting()
    {
        var planner = new OaUserTaskPlanner(processAdmins: _ => ["admin"]);
        var variables = new Dictionary<string, object> { [OaUserTaskPlanner.ProcessAdminsVariable] = new[] { "renshi" } };
        Assert.Equal(["renshi"], planner.Plan(Task("Task_Dedup"), Context(variables, org: NobodyActive()))!.Assignees);
    }

    [Fact]
    public void Policy_IsParsedOncePerTask()
    {
        var planner = new OaUserTaskPlanner();
        var task = Task("Task_Amount");
        Assert.Same(planner.PolicyOf(task), planner.PolicyOf(task));
    }

    [Fact]
    public void Plan_MapsMethodAndRatio()
    {
        var plan = new OaUserTaskPlanner().Plan(Task("Task_Amount"), Context(new { amount = 1 }))!;
        Assert.Equal(ApproveMode.All, plan.Mode);
        Assert.Null(plan.PassRatio);
        Assert.Equal("approve,reject,return,transfer", plan.Extensions[PlanExtensions.Actions]);
        Assert.Equal("false", plan.Extensions[PlanExtensions.CommentRequired]);
    }

    static string Here([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
