using System.Globalization;

namespace Oa.Host.Features.Shared;

/// <summary>
/// The UI is written in Chinese; this maps each Chinese text to its English form when the request culture is English.
/// A text without an entry shows in Chinese, so a missing translation is visible but never breaks a page.
/// </summary>
public sealed class UiText
{
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["工作台"] = "Workbench", ["发起审批"] = "New request", ["待办"] = "To do", ["已办"] = "Done", ["我发起的"] = "My requests",
        ["抄送我的"] = "CC'd to me", ["台账"] = "Ledgers", ["考勤"] = "Attendance", ["管理"] = "Admin", ["登录"] = "Sign in",
        ["退出"] = "Sign out", ["用户名"] = "User name", ["密码"] = "Password", ["记住我"] = "Remember me", ["个人设置"] = "Profile",
        ["用户名或密码错误"] = "Invalid user name or password", ["账号已被锁定，请稍后再试"] = "Account locked; try again later",
        ["动态验证码"] = "Authenticator code", ["需要动态验证码"] = "Authenticator code required", ["验证码错误"] = "Invalid code",
        ["你好"] = "Hello", ["通知"] = "Notifications", ["协同办公平台"] = "OA Platform", ["语言"] = "Language",
        ["修改密码"] = "Change password", ["当前密码"] = "Current password", ["新密码"] = "New password", ["保存"] = "Save",
        ["两步验证"] = "Two-factor authentication", ["访问令牌"] = "Access tokens", ["已启用"] = "Enabled", ["未启用"] = "Not enabled",
        ["启用"] = "Enable", ["停用"] = "Disable", ["创建"] = "Create", ["撤销"] = "Revoke", ["名称"] = "Name", ["有效期(天)"] = "Valid (days)",
        ["创建时间"] = "Created", ["过期时间"] = "Expires", ["最近使用"] = "Last used", ["密码已修改"] = "Password changed",
        ["请复制令牌，它只显示这一次"] = "Copy the token now; it is shown only once", ["没有权限"] = "Access denied",
        ["你没有权限访问此页面"] = "You are not allowed to see this page", ["返回首页"] = "Back to the workbench",
        ["部门"] = "Department", ["岗位"] = "Position", ["角色"] = "Roles", ["我的待办"] = "My to-dos", ["快捷入口"] = "Shortcuts",
        ["用手机验证器扫描或输入密钥"] = "Scan with an authenticator app or enter the key", ["密钥"] = "Key",
        ["两步验证已启用"] = "Two-factor authentication enabled", ["两步验证已停用"] = "Two-factor authentication disabled",
        ["退回到"] = "Return to", ["确定退回到所选节点？"] = "Return the request to the chosen step?", ["确认退回"] = "Return",
        ["加签人（用户名）"] = "Additional approver (user name)", ["确认加签"] = "Add approver",
        ["暂无待办"] = "Nothing to do", ["我的申请"] = "My requests", ["审批中"] = "In progress", ["未读抄送"] = "Unread CCs",
        ["组织架构"] = "Organisation", ["用户"] = "Users", ["在职"] = "Active",
        // Workbench (发起审批, inbox, instance page)
        ["上一页"] = "Previous", ["下一页"] = "Next", ["分页"] = "Pages", ["任务已创建"] = "Task created", ["任务已取消"] = "Task cancelled",
        ["其他"] = "Other", ["发生异常"] = "Incident", ["发起人"] = "Initiator", ["发起时间"] = "Submitted", ["取消"] = "Cancel",
        ["同意"] = "Approve", ["拒绝"] = "Reject", ["转办"] = "Transfer", ["提交"] = "Submit", ["撤回"] = "Withdraw", ["退回"] = "Return",
        ["填写表单需要启用 JavaScript"] = "Filling in the form needs JavaScript", ["实例已发起"] = "Request submitted", ["审批"] = "Approvals",
        ["审批中"] = "In progress", ["审批意见"] = "Comment", ["审批意见必填"] = "comment required", ["审批意见选填"] = "comment optional",
        ["拒绝时必须填写意见"] = "comment required to reject", ["审批操作"] = "Your decision", ["审批记录"] = "History",
        ["已同意"] = "Approved", ["已拒绝"] = "Rejected", ["已处理"] = "Handled", ["已完成"] = "Completed", ["已恢复"] = "Resumed",
        ["请选择节点"] = "Choose an element",
        // designer drafts and version diff
        ["版本对比"] = "Compare versions", ["从"] = "From", ["到"] = "To", ["对比"] = "Compare", ["对比上一版"] = "Compare with previous",
        ["两个版本的流程元素相同"] = "Both versions have the same process elements", ["变化"] = "Change", ["类型"] = "Type",
        ["新增"] = "Added", ["删除"] = "Removed", ["修改"] = "Changed",
        ["正在编辑草稿（未发布）"] = "Editing a draft (not published)", ["保存于"] = "saved at", ["丢弃草稿"] = "Discard draft",
        ["修改会自动保存为草稿，不影响运行中和新发起的申请；发布后才生效。"] = "Edits are saved as a draft automatically; they affect no request until published.",
        ["丢弃草稿后，未发布的修改将丢失。继续吗？"] = "Discarding the draft loses the unpublished edits. Continue?",
        ["已挂起"] = "Suspended", ["已提交"] = "Submitted", ["已撤回"] = "Withdrawn", ["已撤销"] = "Cancelled", ["已读"] = "Read",
        ["未读"] = "Unread", ["已超时"] = "Overdue", ["已转办"] = "Transferred", ["已通过"] = "Approved", ["异常"] = "Incident",
        ["异常已处理"] = "Incident resolved", ["当前节点"] = "Current step", ["待处理"] = "Pending", ["抄送"] = "CC",
        ["提交失败，请修正标出的字段"] = "Not submitted: please correct the marked fields", ["搜索"] = "Search",
        ["搜索流程名称或分类"] = "Search processes or categories", ["撤回原因（选填）"] = "Reason for withdrawing (optional)",
        ["撤回失败"] = "Could not withdraw", ["操作未完成，请检查标出的内容"] = "Not done: please check the marked items", ["时间"] = "Time",
        ["暂无可发起的流程"] = "No processes you can start yet", ["暂无数据"] = "Nothing here", ["未到达"] = "Not reached", ["标题"] = "Title",
        ["此流程无需填写表单。"] = "This process has no form to fill in.", ["此流程没有表单"] = "This process has no form",
        ["没有匹配的流程"] = "No matching process", ["流水号"] = "Serial no.", ["流程"] = "Process", ["流程图"] = "Diagram",
        ["流程已结束"] = "Process ended", ["流程已调整"] = "Process adjusted", ["状态"] = "Status", ["申请已提交"] = "Your request was submitted",
        ["确定"] = "OK", ["确定拒绝此申请？"] = "Reject this request?", ["确定撤回此申请？撤回后流程结束。"] = "Withdraw this request? It will end.",
        ["确认发起"] = "Start", ["确认转办"] = "Transfer now", ["自动拒绝"] = "Auto-rejected", ["自动通过"] = "Auto-approved", ["表单"] = "Form",
        ["请先填写审批意见"] = "Please write a comment first", ["超时提醒"] = "Timeout", ["转办给（用户名）"] = "Transfer to (user name)",
        ["进行中"] = "Active", ["去审批"] = "Decide", ["加签"] = "Signer added", ["催办"] = "Urged",
        // 流程管理 (designer)
        ["流程管理"] = "Process admin", ["新建流程"] = "New process", ["新建表单"] = "New form", ["导入"] = "Import", ["导出"] = "Export",
        ["流程标识"] = "Process id", ["表单标识"] = "Form id", ["分类"] = "Category", ["请假申请"] = "Leave request", ["人事"] = "HR",
        ["开始设计"] = "Start designing", ["导入并发布"] = "Import and publish", ["导入完成"] = "Imported", ["（未变化）"] = "(unchanged)",
        [".bpmn / .form 文件（每个不超过 5MB，全部通过校验才发布）"] = ".bpmn / .form files (5 MB each at most; published only if all are valid)",
        ["还没有发布的流程"] = "No published processes yet", ["还没有发布的表单"] = "No published forms yet", ["最新版本"] = "Latest version",
        ["运行中实例"] = "Running instances", ["发布"] = "Publish", ["操作"] = "Actions", ["设计"] = "Design", ["版本"] = "Versions",
        ["个版本"] = "versions", ["流程设计"] = "Process designer", ["表单设计"] = "Form designer", ["未发布"] = "Not published",
        ["校验"] = "Validate", ["最新"] = "Latest", ["查看"] = "View", ["以此版本重新发布"] = "Republish this version",
        ["发布时间"] = "Published", ["发布人"] = "Published by", ["尚未发布"] = "Not published yet", ["只读"] = "Read-only",
        ["修改只保存在本页面，发布后才生效；离开页面前请先发布或导出。"] = "Edits live only in this page until published; publish or export before leaving.",
        ["流程设计器需要启用 JavaScript"] = "The process designer needs JavaScript", ["表单设计器需要启用 JavaScript"] = "The form designer needs JavaScript",
        ["此流程图无法在设计器中打开，请在下方查看 XML 并修正后导入"] = "This model cannot be opened in the designer; fix the XML below and import it",
        ["本次提交的 XML（未发布）"] = "The XML you submitted (not published)", ["本次提交的表单 JSON（未发布）"] = "The form JSON you submitted (not published)",
        ["新版本只影响之后发起的申请；运行中的实例仍使用发起时的表单版本。"] = "A new version affects only new requests; running ones keep the form version they started with.",
        ["发现 {0} 个问题，未发布"] = "{0} problem(s) found; nothing was published", ["文件"] = "File", ["元素"] = "Element", ["问题"] = "Problem",
        // 实例管理 (Features/Admin/Instances)
        ["实例管理"] = "Instances", ["查询"] = "Search", ["当前任务"] = "Open tasks",
        ["改派"] = "Reassign", ["跳转"] = "Jump", ["跳转到"] = "Jump to", ["恢复"] = "Resume", ["挂起"] = "Suspend",
        ["作废原因"] = "Reason for cancelling", ["历史"] = "History", ["事件"] = "Event",
        ["操作人"] = "By", ["说明"] = "Note", ["运行中"] = "Running", ["已驳回"] = "Rejected", ["已作废"] = "Cancelled",
        ["发起日期从"] = "Started from", ["共 {0} 条"] = "{0} in total", ["没有符合条件的实例"] = "No instances match",
        ["此版本的流程图无法显示"] = "This version's diagram cannot be shown", ["流程已结束，不能再调整"] = "The request has ended; nothing can be changed",
        ["没有待处理的任务"] = "No open tasks", ["新处理人账号"] = "New assignee (user name)", ["原因（选填）"] = "Reason (optional)",
        ["挂起与作废"] = "Suspend and cancel", ["已改派"] = "Reassigned", ["已跳转"] = "Moved", ["已恢复"] = "Resumed",
        ["请选择节点"] = "Choose an element",
        // designer drafts and version diff
        ["版本对比"] = "Compare versions", ["到"] = "To", ["对比"] = "Compare", ["对比上一版"] = "Compare with previous",
        ["两个版本的流程元素相同"] = "Both versions have the same process elements", ["变化"] = "Change", ["类型"] = "Type",
        ["新增"] = "Added", ["修改"] = "Changed",
        ["正在编辑草稿（未发布）"] = "Editing a draft (not published)", ["保存于"] = "saved at", ["丢弃草稿"] = "Discard draft",
        ["修改会自动保存为草稿，不影响运行中和新发起的申请；发布后才生效。"] = "Edits are saved as a draft automatically; they affect no request until published.",
        ["丢弃草稿后，未发布的修改将丢失。继续吗？"] = "Discarding the draft loses the unpublished edits. Continue?",
        // Notifications, 委派 and 代理
        ["全部"] = "All", ["全部标为已读"] = "Mark all read", ["暂无通知"] = "No notifications", ["通知设置"] = "Notification settings",
        ["已保存"] = "Saved", ["邮件通知"] = "E-mail", ["企业微信/钉钉群机器人"] = "WeCom / DingTalk group bot",
        ["以下事件只在站内通知"] = "Only notify me in the app about", ["待我审批"] = "Waiting for me", ["申请通过"] = "Request approved",
        ["申请驳回"] = "Request rejected", ["被退回"] = "Returned", ["委派"] = "Delegate", ["作废"] = "Cancelled",
        ["委派给（用户名）"] = "Delegate to (user name)", ["确认委派"] = "Delegate now", ["处理完毕，交回委派人"] = "Done: hand back",
        ["此任务由{0}委派给您，处理后交回。"] = "{0} delegated this task to you; it goes back to them when you are done.",
        ["委派处理完毕"] = "Handed back", ["代理"] = "Deputy", ["已委派"] = "Delegated", ["已交回委派人"] = "Handed back",
        ["代理设置"] = "Deputies", ["不在岗期间，新到达您的审批任务自动交给代理人处理；审批记录中会注明代理。"] = "While you are away, new tasks for you go to your deputy; the history notes it.",
        ["代理已设置"] = "Deputy set", ["代理已结束"] = "Deputy ended", ["新增代理"] = "New deputy", ["被代理人（用户名，管理员可为他人设置）"] = "For (user name; admins may set it for others)",
        ["代理人（用户名）"] = "Deputy (user name)", ["开始时间"] = "Starts", ["结束时间"] = "Ends", ["仅以下流程（不选则全部）"] = "Only these processes (none = all)",
        ["原因"] = "Reason", ["如：年假"] = "e.g. annual leave", ["我的代理"] = "My deputies", ["被代理人"] = "Away", ["代理人"] = "Deputy", ["期间"] = "Period",
        ["生效中"] = "Active", ["未开始"] = "Upcoming", ["已结束"] = "Ended", ["结束"] = "End", ["确定结束此代理？"] = "End this deputy period?",
        ["标题或流水号"] = "Title or serial no.", ["全部流程"] = "All processes", ["全部状态"] = "All statuses", ["抄送人（用户名）"] = "CC'd by (user name)",
        ["发起人（用户名）"] = "Initiator (user name)", ["从"] = "From", ["至"] = "To", ["排序"] = "Sort", ["最新在前"] = "Newest first",
        ["最早在前"] = "Oldest first", ["按到期时间"] = "By due date", ["筛选"] = "Filter", ["清除"] = "Clear", ["已处理 {0} 条，失败 {1} 条"] = "{0} done, {1} failed",
        ["全选"] = "Select all", ["批量审批意见（选填）"] = "Comment for all (optional)", ["批量同意"] = "Approve selected", ["批量拒绝"] = "Reject selected",
        ["确定拒绝所选申请？"] = "Reject the selected requests?", ["选择"] = "Select", ["被催办"] = "Urged",
        ["草稿"] = "Drafts", ["草稿已保存"] = "Draft saved", ["保存草稿"] = "Save draft", ["暂无草稿"] = "No drafts", ["保存时间"] = "Saved",
        ["确定删除此草稿？"] = "Delete this draft?", ["删除"] = "Delete",
        ["打印"] = "Print", ["返回"] = "Back", ["使用浏览器的打印功能（Ctrl+P）打印或另存为 PDF"] = "Use the browser's print (Ctrl+P) to print or save as PDF",
        ["签名"] = "Signature", ["节点"] = "Step", ["处理人"] = "By", ["意见"] = "Comment", ["打印时间"] = "Printed",
        ["评论（@用户名 可提醒同事）"] = "Comment (@username tells a colleague)", ["发表评论"] = "Post comment", ["抄送给同事"] = "Copy to colleagues",
        ["抄送人（用户名，多个用逗号分隔）"] = "People (user names, comma-separated)", ["留言（选填）"] = "Note (optional)", ["评论"] = "Comment",
        ["评论已发表"] = "Comment posted", ["已抄送"] = "Copied", ["已催办"] = "Reminder sent", ["只有发起人可以催办"] = "Only the initiator can urge",
        ["催办失败"] = "Could not urge",
    };

    public string this[string chinese] => IsEnglish ? English.GetValueOrDefault(chinese, chinese) : chinese;

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static bool HasEnglish(string chinese) => English.ContainsKey(chinese);
}
