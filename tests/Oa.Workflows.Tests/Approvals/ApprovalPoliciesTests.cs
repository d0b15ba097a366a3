using Oa.Workflows.Approvals;

namespace Oa.Workflows.Tests.Approvals;

// approver-is-initiator → duplicate dedup → no-approver, in that order.
public class ApprovalPoliciesTests
{
    static ApproverResolution Resolve(string attributes, string approvers, ResolutionContext? ctx = null, FakeOrgDirectory? org = null) =>
        new ApproverResolver(org ?? SampleOrg.Create()).Resolve(Approval.Policy(attributes, approvers), ctx ?? Approval.Context());

    const string InitiatorAndFinance = """<oa:approver type="user" value="xiaoming,caiwu1" />""";

    [Fact]
    public void SelfApprover_Approve_KeepsInitiator() =>
        Assert.Equal(["xiaoming", "caiwu1"], Resolve("""selfApprover="approve" """, InitiatorAndFinance).Approvers);

    [Fact]
    public void SelfApprover_Skip_RemovesInitiator() =>
        Assert.Equal(["caiwu1"], Resolve("""selfApprover="skip" """, InitiatorAndFinance).Approvers);

    [Fact]
    public void SelfApprover_Head_ReplacesInitiatorWithTheirHeadInPlace() =>
        Assert.Equal(["zhangfei", "caiwu1"], Resolve("""selfApprover="head" """, InitiatorAndFinance).Approvers);

    [Fact]
    public void SelfApprover_HeadAlreadyListed_IsNotDoubled() =>
        Assert.Equal(["zhangfei"], Resolve("""selfApprover="head" """, """<oa:approver type="user" value="xiaoming,zhangfei" />""").Approvers);

    [Fact]
    public void SelfApprover_SkipLeavesNobody_NodePassesAsApproved()
    {
        var result = Resolve("""selfApprover="skip" noApprover="reject" """, """<oa:approver type="initiator" />""");
        Assert.True(result.AutoComplete);
        Assert.Equal(ApproverResolution.Approve, result.AutoOutcome);
    }

    [Fact]
    public void Dedup_Any_DropsApproverOfAnyEarlierTask()
    {
        var ctx = Approval.Context(earlier: [["zhangfei"], ["caiwu2"]]);
        Assert.Equal(["caiwu1"], Resolve("""dedup="any" """, """<oa:approver type="role" value="财务" /><oa:approver type="deptHead" />""", ctx).Approvers);
    }

    [Fact]
    public void Dedup_Consecutive_DropsRepeatedApprover()
    {
        var ctx = Approval.Context(earlier: [["guanyu"], ["zhangfei"]]);
        Assert.Equal(["guanyu"], Resolve("""dedup="consecutive" """, """<oa:approver type="headChain" toLevel="2" />""", ctx).Approvers);
    }

    [Fact]
    public void Dedup_None_KeepsRepeatedApprover()
    {
        var ctx = Approval.Context(earlier: [["zhangfei"]]);
        Assert.Equal(["zhangfei"], Resolve("", """<oa:approver type="deptHead" />""", ctx).Approvers);
    }

    [Fact]
    public void Dedup_RemovesEveryone_NodePassesAsApproved()
    {
        var result = Resolve("""dedup="any" noApprover="reject" """, """<oa:approver type="deptHead" />""", Approval.Context(earlier: [["zhangfei"]]));
        Assert.True(result.AutoComplete);
        Assert.Equal(ApproverResolution.Approve, result.AutoOutcome);
        Assert.Contains(result.Notes, n => n.Contains("zhangfei"));
    }

    const string Nobody = """<oa:approver type="role" value="不存在的角色" />""";

    [Fact]
    public void NoApprover_AutoApprove_CompletesWithApprove()
    {
        var result = Resolve("""noApprover="autoApprove" """, Nobody);
        Assert.True(result.AutoComplete);
        Assert.Equal("approve", result.AutoOutcome);
        Assert.Empty(result.Approvers);
    }

    [Fact]
    public void NoApprover_Reject_CompletesWithReject()
    {
        var result = Resolve("""noApprover="reject" """, Nobody);
        Assert.True(result.AutoComplete);
        Assert.Equal("reject", result.AutoOutcome);
    }

    [Fact]
    public void NoApprover_Admin_AssignsProcessAdmins()
    {
        var result = Resolve("""noApprover="admin" """, Nobody, Approval.Context(admins: ["admin"]));
        Assert.False(result.AutoComplete);
        Assert.Equal(["admin"], result.Approvers);
    }

    [Fact]
    public void NoApprover_AdminButNoAdmins_LeavesTaskUnassignedWithNote()
    {
        var result = Resolve("", Nobody);
        Assert.False(result.AutoComplete);
        Assert.Empty(result.Approvers);
        Assert.Contains(result.Notes, n => n.Contains("unassigned"));
    }

    [Fact]
    public void NoApprover_Assign_AssignsTheNamedUser() =>
        Assert.Equal(["renshi"], Resolve("""noApprover="assign" noApproverUser="renshi" """, Nobody).Approvers);

    [Fact]
    public void NoApprover_HeadMissingAtTop_UsesPolicy()
    {
        var result = Resolve("""noApprover="autoApprove" """, """<oa:approver type="deptHead" />""", Approval.Context("zhaoyun"));
        Assert.True(result.AutoComplete);
    }

    [Fact]
    public void Sequential_HeadChain_KeepsNearestFirstOrder()
    {
        var policy = Approval.Policy("""method="sequential" """, """<oa:approver type="headChain" />""");
        Assert.Equal(Oa.Workflows.Ports.ApproveMode.Sequential, policy.Method);
        Assert.Equal(["zhangfei", "guanyu", "zhaoyun"], new ApproverResolver(SampleOrg.Create()).Resolve(policy, Approval.Context()).Approvers);
    }
}
