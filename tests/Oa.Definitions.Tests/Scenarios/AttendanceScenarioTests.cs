using Oa.Definitions.Tests.Support;
using Oa.Workflows.Approvals;

namespace Oa.Definitions.Tests.Scenarios;

// 请假 · 加班 · 打卡补卡 (seed 000 §5, 003 §3.2.1) as zhangsan of 京津冀鲁 (head wanglei, 分管 sunli).
public class AttendanceScenarioTests
{
    const string Leave = """
        {"leaveType":"personal","days":2,"startDate":"2026-12-08","startHalf":"am","endDate":"2026-12-09","endHalf":"pm","reason":"家中有事"}
        """;

    static string LeaveOf(decimal days) => Leave.Replace("\"days\":2", $"\"days\":{days}");

    [Fact]
    public async Task Leave_TwoDays_HeadThenHrRecords()
    {
        var s = await Scenario.StartAsync("leave", "zhangsan", Leave);
        Assert.Equal(["wanglei"], s.Assignees);
        var head = s.Task("wanglei");
        Assert.Equal("oa-leave", head.FormId);
        Assert.Contains("PT24H", head.Extensions[PlanExtensions.Timeouts]);
        Assert.Equal(Oa.Forms.Permissions.FieldAccess.Hidden, Scenario.Permissions(head).Fields["hrRemark"]);

        await s.CompleteAsync("wanglei");
        Assert.Equal(["panlei", "wujing"], s.Assignees);
        await s.CompleteAsync("wujing", json: """{"balanceAfter":3,"hrRemark":"已扣减年度事假"}""");
        await s.AssertEndedAtAsync("End_Approved");
        Assert.Single(s.LedgerWrites.Of("oa-leave-deduct")); // the balance comes off only when approved
        Assert.False(s.Reached("Task_Leader"));
        Assert.Equal("已扣减年度事假", await s.VariableAsync("hrRemark"));
    }

    [Fact]
    public async Task Leave_OverThreeDays_GoesToTheLeader_WhoRejects()
    {
        var s = await Scenario.StartAsync("leave", "zhangsan", LeaveOf(5));
        await s.CompleteAsync("wanglei");
        Assert.Equal(["sunli"], s.Assignees);
        await s.CompleteAsync("sunli", "reject");
        await s.AssertEndedAtAsync("End_LeaderRejected");
        Assert.Empty(s.LedgerWrites.Writes);
        Assert.False(s.Reached("Task_HR"));
    }

    [Fact]
    public async Task Leave_HeadRejects_EndsRejected()
    {
        var s = await Scenario.StartAsync("leave", "zhangsan", LeaveOf(1));
        await s.CompleteAsync("wanglei", "reject");
        await s.AssertEndedAtAsync("End_HeadRejected");
    }

    [Fact]
    public async Task Leave_HeadApplies_ParentHeadApproves()
    {
        var s = await Scenario.StartAsync("leave", "wanglei", Leave);
        Assert.Equal(["liuyang"], s.Assignees);
    }

    [Fact]
    public async Task Leave_HeadMayNotRewriteTheReason()
    {
        var s = await Scenario.StartAsync("leave", "zhangsan", Leave);
        var errors = await s.TrySubmitAsync("wanglei", """{"reason":"改成别的事由"}""");
        Assert.Contains(errors, e => e.Path == "reason");
    }

    [Fact]
    public void Leave_InvalidSample_IsRejectedOnItsFields() =>
        Scenario.AssertRejected("leave", """{"leaveType":"personal","days":0,"startDate":"2026-12-08","startHalf":"am","endDate":"2026-12-09","endHalf":"pm"}""",
            "days", "reason");

    [Fact]
    public void Leave_SickLeaveWithoutCertificate_IsRejected_OtherLeaveNeedsNone()
    {
        Scenario.AssertRejected("leave", Leave.Replace("personal", "sick"), "attachments");
        Assert.Empty(Scenario.ValidateStart("leave", Leave.Replace("personal", "sick")
            .Replace("\"reason\":\"家中有事\"", "\"reason\":\"发烧\",\"attachments\":[{\"id\":\"f-1\",\"name\":\"诊断证明.jpg\",\"size\":50000}]")));
    }

    const string Overtime = """
        {"planStart":"2026-12-08T20:30","planEnd":"2026-12-08T23:30","planHours":3,"overtimeKind":"workday","reason":"省平台升级割接"}
        """;

    [Fact]
    public async Task Overtime_HrConfirmsActualHours_GoesToTheLieuLedger()
    {
        var s = await Scenario.StartAsync("overtime", "zhangsan", Overtime);
        Assert.Equal(["wanglei"], s.Assignees);
        await s.CompleteAsync("wanglei");
        Assert.Equal(["panlei", "wujing"], s.Assignees);
        await s.CompleteAsync("panlei", json: """{"actualOvertime":"yes","workdayHours":2.5,"restdayHours":0,"holidayHours":0}""");
        await s.AssertEndedAtAsync("End_Recorded");
        Assert.Equal("time-off", Assert.Single(s.LedgerWrites.Of("oa-ledger-upsert")).Headers["ledger"]);
        Assert.Equal("2.5", await s.VariableAsync("totalHours"));
    }

    [Fact]
    public async Task Overtime_NoActualOvertime_EndsWithoutHours()
    {
        var s = await Scenario.StartAsync("overtime", "zhangsan", Overtime);
        await s.CompleteAsync("wanglei");
        await s.CompleteAsync("wujing", json: """{"actualOvertime":"no","hrRemark":"考勤记录 20:10 离开"}""");
        await s.AssertEndedAtAsync("End_NoOvertime");
        Assert.Empty(s.LedgerWrites.Writes);
    }

    [Fact]
    public void Overtime_InvalidSample_IsRejectedOnItsFields() =>
        Scenario.AssertRejected("overtime", Overtime.Replace("\"planHours\":3", "\"planHours\":0").Replace("2026-12-08T23:30", "2026-12-08 23:30"),
            "planEnd", "planHours");

    const string Punch = """
        {"punchDate":"2026-12-04","punchType":"in","punchTime":"08:55","onSite":false,"reason":"指纹机故障","witnesses":["zhangsan","lisi","mashuai"]}
        """;

    [Fact]
    public async Task MissedPunch_ThreeWitnessesCountersign_ThenHr()
    {
        var s = await Scenario.StartAsync("missed-punch", "wangwu", Punch);
        Assert.Equal(["lisi", "mashuai", "zhangsan"], s.Assignees);
        await s.CompleteAsync("zhangsan");
        await s.CompleteAsync("lisi");
        Assert.Equal(["mashuai"], s.Assignees);
        await s.CompleteAsync("mashuai");
        Assert.Equal(["panlei", "wujing"], s.Assignees);
        await s.CompleteAsync("wujing", json: """{"hrRemark":"补卡有效，不扣款"}""");
        await s.AssertEndedAtAsync("End_Approved");
        Assert.Single(s.LedgerWrites.Of("oa-attendance-punch-correction"));
    }

    [Fact]
    public async Task MissedPunch_TwoWitnesses_GoBackToTheApplicantForAThird()
    {
        var s = await Scenario.StartAsync("missed-punch", "wangwu", Punch.Replace(",\"mashuai\"", ""));
        Assert.Equal(["wangwu"], s.Assignees);
        Assert.Equal("Task_FixWitnesses", s.Task("wangwu").ElementId);
        await s.CompleteAsync("wangwu", json: """{"witnesses":["zhangsan","lisi","mashuai"]}""");
        Assert.Equal(["lisi", "mashuai", "zhangsan"], s.Assignees);
    }

    [Fact]
    public async Task MissedPunch_OneWitnessDenies_EndsRejected()
    {
        var s = await Scenario.StartAsync("missed-punch", "wangwu", Punch);
        await s.CompleteAsync("zhangsan");
        await s.CompleteAsync("lisi", "reject");
        await s.AssertEndedAtAsync("End_WitnessRejected");
        Assert.Empty(s.LedgerWrites.Writes);
        Assert.False(s.Reached("Task_HR"));
    }

    [Fact]
    public async Task MissedPunch_OnSiteStaff_ReportToTheOfficeClerk()
    {
        var s = await Scenario.StartAsync("missed-punch", "zhangsan",
            """{"punchDate":"2026-12-04","punchType":"out","punchTime":"18:05","onSite":true,"reason":"手机没电"}""");
        Assert.Equal(["yaoqian", "zhengshuang"], s.Assignees);
        await s.CompleteAsync("yaoqian", json: """{"hrRemark":"登记忘签一次，扣 20 元"}""");
        await s.AssertEndedAtAsync("End_Registered");
        // 内勤处登记: one row in the on-site register, no punch correction (the 20 元 stays)
        var write = Assert.Single(s.LedgerWrites.Writes);
        Assert.Equal(("oa-ledger-upsert", "missed-punches"), (write.Type, write.Headers["ledger"]));
        Assert.False(s.Reached("Task_Witness"));
    }

    [Fact]
    public void MissedPunch_HeadquartersWithoutWitnesses_IsRejected() =>
        Scenario.AssertRejected("missed-punch", """{"punchDate":"2026-12-04","punchType":"in","punchTime":"08:55","onSite":false,"reason":"忘了"}""",
            "witnesses");
}
