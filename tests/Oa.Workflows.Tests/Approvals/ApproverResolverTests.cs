using Oa.Workflows.Approvals;

namespace Oa.Workflows.Tests.Approvals;

public class ApproverResolverTests
{
    static IReadOnlyList<string> Resolve(string approvers, ResolutionContext? ctx = null, FakeOrgDirectory? org = null) =>
        new ApproverResolver(org ?? SampleOrg.Create()).Resolve(Approval.Policy("", approvers), ctx ?? Approval.Context()).Approvers;

    [Fact]
    public void User_ExplicitList_KeepsOrderAndDropsDuplicates() =>
        Assert.Equal(["caiwu2", "zhaoyun"], Resolve("""<oa:approver type="user" value="caiwu2, zhaoyun，caiwu2" />"""));

    [Fact]
    public void Role_ResolvesMembers() =>
        Assert.Equal(["caiwu1", "caiwu2"], Resolve("""<oa:approver type="role" value="财务" />"""));

    [Fact]
    public void DeptHeadLevel1_InitiatorInSubgroup_ResolvesGroupHead() =>
        Assert.Equal(["zhangfei"], Resolve("""<oa:approver type="deptHead" />"""));

    [Fact]
    public void DeptHeadLevel2_InitiatorInSubgroup_ResolvesParentHead() =>
        Assert.Equal(["guanyu"], Resolve("""<oa:approver type="deptHead" level="2" />"""));

    [Fact]
    public void DeptHeadLevel1_InitiatorIsTheHead_GoesUpToParentHead() =>
        Assert.Equal(["guanyu"], Resolve("""<oa:approver type="deptHead" />""", Approval.Context("zhangfei")));

    [Fact]
    public void DeptHead_LevelAboveTheTop_ResolvesNobody() =>
        Assert.Empty(Resolve("""<oa:approver type="deptHead" level="4" />"""));

    [Fact]
    public void DeptHead_HeadlessDepartment_IsPassedOver()
    {
        var org = SampleOrg.Create().Dept(SampleOrg.Group, "服务管理组", SampleOrg.Jjjl, head: null);
        Assert.Equal(["guanyu"], Resolve("""<oa:approver type="deptHead" />""", null, org));
    }

    [Fact]
    public void DeptHead_FixedDepartment_ResolvesThatHead() =>
        Assert.Equal(["machao"], Resolve($"""<oa:approver type="deptHead" dept="{SampleOrg.Ljhm}" />"""));

    [Fact]
    public void HeadChain_ToLevel3_ListsHeadsNearestFirst() =>
        Assert.Equal(["zhangfei", "guanyu", "zhaoyun"], Resolve("""<oa:approver type="headChain" toLevel="3" />"""));

    [Fact]
    public void HeadChain_ToLevel2_StopsAtSecondHead() =>
        Assert.Equal(["zhangfei", "guanyu"], Resolve("""<oa:approver type="headChain" toLevel="2" />"""));

    [Fact]
    public void HeadChain_ToRole_StopsAtTheHeadHoldingTheRole() =>
        Assert.Equal(["zhangfei", "guanyu"], Resolve("""<oa:approver type="headChain" toRole="总监" />"""));

    [Fact]
    public void HeadChain_NoLimit_RunsToTheTop() =>
        Assert.Equal(["zhangfei", "guanyu", "zhaoyun"], Resolve("""<oa:approver type="headChain" />"""));

    [Fact]
    public void HeadChain_InitiatorIsGroupHead_ExcludesThemAndStartsAbove() =>
        Assert.Equal(["guanyu", "zhaoyun"], Resolve("""<oa:approver type="headChain" />""", Approval.Context("zhangfei")));

    [Fact]
    public void HeadChain_InactiveHead_IsSkipped() =>
        Assert.Equal(["zhangfei", "zhaoyun"], Resolve("""<oa:approver type="headChain" />""", null, SampleOrg.Create().Deactivate("guanyu")));

    [Fact]
    public void Leader_RegionWithoutLeader_InheritsFromParent() =>
        Assert.Equal(["liubei"], Resolve("""<oa:approver type="leader" />"""));

    [Fact]
    public void Leader_RegionWithItsOwnLeader_ResolvesIt() =>
        Assert.Equal(["huangzhong"], Resolve("""<oa:approver type="leader" />""", Approval.Context("xiaoli")));

    [Fact]
    public void Supervisor_ExplicitManager_WinsOverDeptHead() =>
        Assert.Equal(["guanyu"], Resolve("""<oa:approver type="supervisor" />""", Approval.Context("xiaohong")));

    [Fact]
    public void Supervisor_NoManager_FallsBackToDeptHead() =>
        Assert.Equal(["zhangfei"], Resolve("""<oa:approver type="supervisor" />"""));

    [Fact]
    public void Supervisor_Level2_IsTheSupervisorsSupervisor() =>
        Assert.Equal(["guanyu"], Resolve("""<oa:approver type="supervisor" level="2" />"""));

    [Fact]
    public void Initiator_ResolvesTheInitiator() =>
        Assert.Equal(["xiaoming"], Resolve("""<oa:approver type="initiator" />"""));

    [Fact]
    public void DeptMembers_WithChildren_IncludesSubgroups() =>
        Assert.Equal(["guanyu", "zhangfei", "xiaoming", "xiaohong"],
            Resolve($"""<oa:approver type="deptMembers" dept="{SampleOrg.Jjjl}" includeChildren="true" />"""));

    [Fact]
    public void InitiatorSelect_ReadsTaskApproversVariable() =>
        Assert.Equal(["caiwu1", "renshi"], Resolve("""<oa:approver type="initiatorSelect" />""",
            Approval.Context(variables: new Dictionary<string, object> { ["Task_1_approvers"] = new[] { "caiwu1", "renshi" } })));

    [Fact]
    public void FormUser_SingleString_ResolvesUser() =>
        Assert.Equal(["renshi"], Resolve("""<oa:approver type="formUser" field="approver" />""", Approval.Context(variables: new { approver = "renshi" })));

    [Fact]
    public void FormUser_ListOfPickerObjects_ResolvesUserNames() =>
        Assert.Equal(["caiwu1", "zhaoyun"], Resolve("""<oa:approver type="formUser" field="witnesses" />""",
            Approval.Context(variables: new { witnesses = new object[] { new { userName = "caiwu1", displayName = "财务一" }, "zhaoyun" } })));

    [Fact]
    public void FormUser_DottedField_ReadsNestedValue() =>
        Assert.Equal(["machao"], Resolve("""<oa:approver type="formUser" field="contract.owner" />""",
            Approval.Context(variables: new { contract = new { owner = "machao" } })));

    [Fact]
    public void FormDept_Head_ResolvesHeadOfChosenDepartment() =>
        Assert.Equal(["machao"], Resolve("""<oa:approver type="formDept" field="dept" />""", Approval.Context(variables: new { dept = SampleOrg.Ljhm })));

    [Fact]
    public void FormDept_Members_ResolvesMembers() =>
        Assert.Equal(["caiwu1", "caiwu2"], Resolve("""<oa:approver type="formDept" field="dept" mode="members" />""",
            Approval.Context(variables: new { dept = SampleOrg.Finance })));

    [Fact]
    public void Expression_ReturningList_ResolvesEachUser()
    {
        var ctx = Approval.Context(evaluate: source => (source == "if amount > 10000 then [\"zhaoyun\"] else [\"guanyu\"]" ? new[] { "zhaoyun" } : null, null));
        Assert.Equal(["zhaoyun"], Resolve("""<oa:approver type="expression" value="=if amount > 10000 then [&quot;zhaoyun&quot;] else [&quot;guanyu&quot;]" />""", ctx));
    }

    [Fact]
    public void Expression_Failing_ResolvesNobodyAndSaysWhy()
    {
        var ctx = Approval.Context(evaluate: _ => (null, "no variable amount"));
        var resolution = new ApproverResolver(SampleOrg.Create()).Resolve(
            Approval.Policy("""noApprover="reject" """, """<oa:approver type="expression" value="=boss(amount)" />"""), ctx);
        Assert.True(resolution.AutoComplete);
        Assert.Contains(resolution.Notes, n => n.Contains("no variable amount"));
    }

    [Fact]
    public void InactiveAndUnknownUsers_AreSkipped() =>
        Assert.Equal(["caiwu2"], Resolve("""<oa:approver type="user" value="caiwu1,nobody,caiwu2" />""", null, SampleOrg.Create().Deactivate("caiwu1")));

    [Fact]
    public void SeveralRules_KeepRuleOrderWithoutDuplicates() =>
        Assert.Equal(["zhangfei", "guanyu", "caiwu1", "caiwu2"], Resolve("""
            <oa:approver type="deptHead" />
            <oa:approver type="headChain" toLevel="2" />
            <oa:approver type="role" value="财务" />
            """));

    [Fact]
    public void Cc_ResolvedLikeApprovers()
    {
        var policy = Approval.Policy("", """<oa:approver type="deptHead" /><oa:cc type="role" value="人事" /><oa:cc type="initiator" />""");
        Assert.Equal(["renshi", "xiaoming"], new ApproverResolver(SampleOrg.Create()).ResolveCc(policy, Approval.Context()));
    }
}
