using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Features.Attendance.Close;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Attendance;

public static class ApprovalQueueExtensions
{
    /// <summary>
    /// What StartExceptionApprovalsJob does after a close: the close only queues the 异常考勤审批, the job starts them.
    /// Tests run it themselves instead of waiting for the scheduler (which may run it at the same moment: both are safe).
    /// </summary>
    public static Task<int> StartQueuedApprovalsAsync(this OaFactory factory, int maxBatches = int.MaxValue, int batchSize = ExceptionApprovalQueue.BatchSize) =>
        factory.Services.GetRequiredService<ExceptionApprovalQueue>().StartPendingAsync(CancellationToken.None, maxBatches, batchSize);
}
