// English for the 流程设置 group (the page's <html lang> follows the user's language, as UiText does on the server).
// A test checks that every Chinese text the group shows has an entry here.
export const ENGLISH = {
  流程设置: 'Process settings', 流程名称: 'Process name', 分类: 'Category', 发起页按分类分组: 'The catalogue groups processes by category',
  图标: 'Icon', 可发起人: 'Who may start', '不选则所有在职员工可发起；部门包含下级部门': 'Nobody chosen: every active employee; a department includes its sub-departments',
  人员: 'People', 部门: 'Departments', 角色: 'Roles', 流程管理员: 'Process admins', 可管理此流程的实例: 'May manage the requests of this process',
  标题模板: 'Title template', '例如 {{initiator.displayName}}的请假申请（{{days}}天）': 'e.g. {{initiator.displayName}}的请假申请（{{days}}天）',
  流水号规则: 'Serial number rule', 流水号重置: 'Serial number reset', 退回后重新提交: 'Resubmitting after a return', 撤回规则: 'Withdrawing',
  审批人可在下一节点处理前撤回审批: 'Approvers may withdraw their decision until the next step acts', 打印模板: 'Print template', '编辑打印模板 ↗': 'Edit the print template ↗',
  通知模板: 'Notification templates', '为某个事件定制此流程的通知标题和正文（Scriban）；留空则用系统默认': "This process's own subject and body for an event (Scriban); empty uses the default",
  '例如 人事、财务、行政': 'e.g. HR, Finance', 不重置: 'Never', 每年重置: 'Yearly', 每月重置: 'Monthly', 每天重置: 'Daily',
  '年月日 (yyyyMMdd)': 'Year-month-day (yyyyMMdd)', '年月 (yyyyMM)': 'Year-month (yyyyMM)', '年 (yyyy)': 'Year (yyyy)', 不含日期: 'No date',
  重新逐级审批: 'Every step approves again', 直接回到退回人: 'Straight back to who returned it',
  审批人处理前可撤回: 'The applicant may withdraw until an approver acts', 不允许撤回: 'The applicant may not withdraw',
  发起人撤销: 'Applicant revokes', 不允许: 'Not allowed', 审批中可撤销: 'While it is being approved',
  '审批人已处理后，发起人仍可填写原因撤销审批中的申请': 'After approvers have acted, the applicant may still revoke the running request, giving a reason',
  通用: 'General', 请假: 'Leave', 报销: 'Expenses', 采购: 'Purchase', 合同: 'Contract', 用印: 'Seal', 出差: 'Travel', 用车: 'Car',
  会议: 'Meeting', 公文: 'Document', 付款: 'Payment', 人事: 'HR',
  待办到达: 'Task assigned', 审批通过: 'Approved', 被驳回: 'Rejected', 被退回: 'Returned', 催办: 'Reminder', 抄送: 'CC', 审批超时: 'Overdue',
  委派: 'Delegated', 作废: 'Cancelled', 删除: 'Remove', 标题: 'Subject', 正文: 'Body', '＋ 定制某个事件的通知…': '+ Customise an event…',
  前缀: 'Prefix', 日期: 'Date', 分隔符: 'Separator', 序号位数: 'Sequence digits', 直接编辑规则: 'Edit the rule as text', 按组成部分编辑: 'Edit by parts',
  不使用流水号: 'No serial number', 规则: 'Rule', '，示例：': ', e.g. ', 未设置流水号: 'No serial number set', '预览：': 'Preview: ',
  '{{initiator.displayName}}的申请': '{{initiator.displayName}}的申请', 流程: 'Process',
  '英文版（可选，英文用户收到；不填则收到中文）': 'English version (optional: users whose language is English get it, else the Chinese text)',
};

export function t(zh) {
  const english = typeof document !== 'undefined' && /^en/i.test(document.documentElement.lang || '');
  return english ? ENGLISH[zh] ?? zh : zh;
}

export const options = (list) => list.map(([value, label]) => [value, t(label)]);
