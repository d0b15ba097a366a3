namespace Oa.Host.Features.Workbench;

/// <summary>Chinese words for the engine's codes (statuses, outcomes, history types, actions); English comes from UiText.</summary>
public static class Words
{
    public static string Status(string? status) => status switch
    {
        "running" or "open" => "审批中",
        "completed" => "已通过",
        "rejected" => "已拒绝",
        "cancelled" => "已撤销",
        "suspended" => "已挂起",
        "incident" => "异常",
        "cc" => "抄送",
        _ => status ?? "",
    };

    public static string Outcome(string? outcome) => outcome switch
    {
        "approve" => "已同意",
        "reject" => "已拒绝",
        "resubmit" => "已重新提交",
        null or "" => "已处理",
        _ => outcome,
    };

    public static string Action(string action) => action switch
    {
        "approve" => "同意",
        "reject" => "拒绝",
        "transfer" => "转办",
        "complete" => "提交",
        "return" => "退回",
        "delegate" => "委派",
        "resolve" => "处理完毕，交回委派人",
        "resubmit" => "重新提交",
        "revoke" => "撤销申请",
        "add-signer" => "并行加签",
        "add-signer-before" => "前加签",
        "add-signer-after" => "后加签",
        "remove-signer" => "减签",
        "withdraw" => "撤回审批",
        _ => action,
    };

    public static string CommentRule(string rule) => rule switch
    {
        "true" => "审批意见必填",
        "onReject" => "拒绝时必须填写意见",
        _ => "审批意见选填",
    };

    /// <summary>The timeline's verb for a history row, or null for engine bookkeeping a person need not see.</summary>
    public static string? History(string type, string? outcome) => type switch
    {
        "InstanceStarted" => "实例已发起",
        "TaskCreated" => "任务已创建",
        "TaskCompleted" => outcome switch { "approve" => "同意", "reject" => "拒绝", _ => "已提交" },
        "TaskAutoCompleted" => outcome == "reject" ? "自动拒绝" : "自动通过",
        "TaskTransferred" or "TaskAssigned" => "转办",
        "TaskDelegated" => "委派",
        "TaskResolved" => "委派处理完毕",
        "TaskDeputized" => "代理",
        "AssigneeAdded" => "加签",
        "SignerAddedBefore" => "前加签",
        "SignerAddedAfter" => "后加签",
        "SignerRemoved" => "减签",
        "ReturnedToInitiator" => "退回发起人",
        "Resubmitted" => "重新提交",
        "TitleChanged" => "标题已更新",
        "TaskReopened" => "撤回审批",
        "Urged" => "催办",
        "CarbonCopied" => "抄送",
        "Returned" => "退回",
        "Commented" => "评论",
        "TaskCancelled" => "任务已取消",
        "InstanceCancelled" => "已撤销",
        "Revoked" => "发起人撤销",
        "InstanceEnded" => "流程已结束",
        "TimerFired" => "超时提醒",
        "IncidentRaised" => "发生异常",
        "IncidentResolved" => "异常已处理",
        "InstanceSuspended" => "已挂起",
        "InstanceResumed" => "已恢复",
        "InstanceModified" => "流程已调整",
        "InstanceMigrated" => "已迁移到新版本",
        _ => null,
    };
}
