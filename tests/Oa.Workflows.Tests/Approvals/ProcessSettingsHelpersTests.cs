using Oa.Workflows.Approvals;

namespace Oa.Workflows.Tests.Approvals;

public class ProcessSettingsHelpersTests
{
    static readonly DateTimeOffset Dec1 = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void SerialRule_FormatsDateAndPaddedSequence() =>
        Assert.Equal("QJ-20261201-0007", SerialNumbers.Format("QJ-{yyyyMMdd}-{seq:4}", Dec1, 7));

    [Fact]
    public void SerialRule_SequenceWiderThanPadding_IsNotCut() =>
        Assert.Equal("HT2026-12345", SerialNumbers.Format("HT{yyyy}-{seq:3}", Dec1, 12345));

    [Theory]
    [InlineData(SerialReset.Daily, "20261201")]
    [InlineData(SerialReset.Monthly, "202612")]
    [InlineData(SerialReset.Yearly, "2026")]
    [InlineData(SerialReset.Never, "")]
    public void SerialReset_GivesTheCounterPeriod(SerialReset reset, string key) =>
        Assert.Equal(key, SerialNumbers.PeriodKey(reset, Dec1));

    static ProcessSettings StartableBy(params StarterRule[] rules) => ProcessSettings.Default with { StartableBy = rules };

    [Fact]
    public void StartableBy_Empty_AllowsEveryActiveUser()
    {
        var org = SampleOrg.Create().Deactivate("xiaohong");
        Assert.True(ProcessStarters.CanStart(ProcessSettings.Default, "xiaoming", org));
        Assert.False(ProcessStarters.CanStart(ProcessSettings.Default, "xiaohong", org));
    }

    [Fact]
    public void StartableBy_Dept_AdmitsMembersOfSubDepartments()
    {
        var settings = StartableBy(new StarterRule(StarterKind.Dept, SampleOrg.Ops));
        Assert.True(ProcessStarters.CanStart(settings, "xiaoming", SampleOrg.Create()));
        Assert.False(ProcessStarters.CanStart(settings, "caiwu1", SampleOrg.Create()));
    }

    [Fact]
    public void StartableBy_RoleOrUser_AdmitsEither()
    {
        var settings = StartableBy(new StarterRule(StarterKind.Role, "财务"), new StarterRule(StarterKind.User, "renshi"));
        Assert.True(ProcessStarters.CanStart(settings, "caiwu2", SampleOrg.Create()));
        Assert.True(ProcessStarters.CanStart(settings, "renshi", SampleOrg.Create()));
        Assert.False(ProcessStarters.CanStart(settings, "xiaoming", SampleOrg.Create()));
    }
}
