using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Oa.Host.Features.Attendance.Close;
using Oa.Host.Tests.Attendance;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;
using Quartz;

namespace Oa.Host.Tests.Reliability;

/// <summary>A node whose scheduler stays in standby: the approvals job never runs by itself, so the test decides when (and whether) it does.</summary>
public sealed class QueueFactory : AttendanceFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Scheduler:Enabled", "false");
    }
}

/// <summary>
/// The attendance close queues the 异常考勤审批 and a job starts them. Whatever happens between the two — the node dies
/// after the close, the job dies halfway, HR closes again, two nodes run the job at once — each employee with
/// anomalies ends up with exactly one approval for the period, under the id the close recorded.
/// </summary>
public sealed class AttendanceApprovalQueueTests(QueueFactory factory) : IClassFixture<QueueFactory>
{
    private static readonly string[] People = ["zhangsan", "zhoumin", "lisi", "wangwu", "zhaoliu"];

    [Fact]
    public async Task CrashAfterTheClose_AndAJobCutShort_ThenAReclose_AndTwoNodesRunningTheJob_LeaveExactlyOneApprovalPerEmployee()
    {
        await factory.PublishShippedAsync("attendance-exception");
        await factory.OnlyEmployeesAsync(People); // no punches at all: every one of them is absent every workday
        var hr = await factory.ClientAsAsync("wujing");

        var closed = await (await hr.PostAsync("/api/attendance/periods/2026-05/close", null)).JsonAsync();
        Assert.Equal(People.Length, closed.GetProperty("approvalsQueued").GetInt32());
        // The node "dies" here: the close is stored and the approvals are queued, none is started.
        Assert.Empty(await ApprovalsAsync());
        var claims = await factory.WithDbAsync(db => db.ExceptionApprovals.AsNoTracking().Where(a => a.PeriodId == "2026-05").ToDictionaryAsync(a => a.UserName, a => a.InstanceId));
        Assert.Equal(People.Order(), claims.Keys.Order());

        // The job runs after the restart and dies after two starts.
        Assert.Equal(2, await factory.StartQueuedApprovalsAsync(maxBatches: 2, batchSize: 1));
        Assert.Equal(2, (await ApprovalsAsync()).Count);

        // HR closes again meanwhile: nothing new is claimed, the three still waiting stay queued.
        var again = await (await hr.PostAsync("/api/attendance/periods/2026-05/close", null)).JsonAsync();
        Assert.Equal(People.Length - 2, again.GetProperty("approvalsQueued").GetInt32());

        // Two nodes run the job at the same moment (separate queues: nothing in-process keeps them apart), then it runs once more.
        var started = await Task.WhenAll(SecondNodeQueue().StartPendingAsync(CancellationToken.None, batchSize: 1), factory.StartQueuedApprovalsAsync(batchSize: 1));
        Assert.Equal(People.Length - 2, started.Sum());
        Assert.Equal(0, await factory.StartQueuedApprovalsAsync());

        var approvals = await ApprovalsAsync();
        Assert.Equal(People.Order(), approvals.Select(a => a.Initiator).Order());
        Assert.All(approvals, a => Assert.Equal(claims[a.Initiator!], a.Id)); // under the id the close recorded
        Assert.Equal(0, await factory.WithDbAsync(db => db.ExceptionApprovals.CountAsync(a => a.StartDataJson != null)));
        var summaries = await factory.WithDbAsync(db => db.PeriodSummaries.AsNoTracking().Where(s => s.PeriodId == "2026-05").ToDictionaryAsync(s => s.UserName, s => s.ExceptionInstanceId));
        Assert.All(People, p => Assert.Equal(claims[p], summaries[p]));
        // The first task of each is the employee's own explanation.
        Assert.NotNull(await (await factory.ClientAsAsync("zhoumin")).TodoTaskAsync(claims["zhoumin"]));
    }

    private ExceptionApprovalQueue SecondNodeQueue() => new(factory.Services.GetRequiredService<IServiceScopeFactory>(),
        factory.Services.GetRequiredService<ISchedulerFactory>(), factory.Services.GetRequiredService<ILogger<ExceptionApprovalQueue>>());

    private Task<List<Data.Engine.ProcessInstanceRecord>> ApprovalsAsync() => factory.WithDbAsync(db =>
        db.ProcessInstances.AsNoTracking().Where(i => i.ProcessKey == ExceptionApprovalStarter.ProcessKey).ToListAsync());
}
