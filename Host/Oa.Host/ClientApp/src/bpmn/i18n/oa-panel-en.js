// English for our own properties-panel groups (审批设置, 字段权限, 条件设置 — src/bpmn/oa-panel), keyed by the Chinese
// text the panel is written in; {placeholders} are filled after the lookup. A test checks that every Chinese text of
// oa-panel/ has an entry here, so a new text cannot show Chinese on an English page.
export const OA_PANEL_EN = {
  // Groups
  审批设置: 'Approval', 字段权限: 'Field permissions', '字段权限（发起人）': 'Field permissions (applicant)', 条件设置: 'Condition',
  // 审批设置
  审批人: 'Approvers', 添加审批人: 'Add approver', 多人审批方式: 'With several approvers', 通过比例: 'Pass ratio',
  '0 到 1 之间，例如 0.6 表示 60% 同意即通过': 'Between 0 and 1: 0.6 passes once 60% approve',
  找不到审批人时: 'When no approver is found', 转交给: 'Hand to', 审批人是发起人时: 'When the approver is the applicant',
  审批人去重: 'Repeated approvers', 可用操作: 'Allowed actions', 驳回后: 'After a rejection', 审批意见: 'Comment',
  需要手写签名: 'Handwritten signature required', 超时处理: 'Overdue', 抄送: 'CC', 添加抄送人: 'Add CC recipient',
  小时后: 'hours, then', 提醒次数: 'Reminders', 次: 'times', 删除: 'Remove', '＋ 添加超时规则': '+ Add an overdue rule',
  '退回到「{name}」': 'Return to "{name}"',
  '尚未设置审批人：添加审批人后，此节点按审批规则分配。': 'No approver yet: add one and this step is assigned by the approval rules.',
  '会签（全部同意）': 'All must approve', '或签（一人同意即可）': 'Any one approves', 依次审批: 'One after another', 按比例通过: 'By ratio',
  转交流程管理员: 'Hand to the process admins', 自动通过: 'Approve automatically', 自动驳回: 'Reject automatically', 转交指定人员: 'Hand to a chosen person',
  由发起人自己审批: 'The applicant approves', 自动跳过: 'Skip the step', 转交直接上级: "Hand to the applicant's manager",
  不去重: 'Ask again', 与之前任一节点重复时跳过: 'Skip if they approved at any earlier step', 仅与上一节点连续重复时跳过: 'Skip if they approved the step before',
  选填: 'Optional', 必填: 'Required', 驳回时必填: 'Required to reject',
  同意: 'Approve', 驳回: 'Reject', 退回: 'Return', 转交: 'Transfer', 委托: 'Delegate', 加签: 'Add approver', 减签: 'Remove approver', 提醒: 'Remind',
  结束流程: 'End the request', 退回发起人: 'Return to the applicant', 退回上一节点: 'Return to the previous step',
  部门负责人: 'Department head', 部门成员: 'Department members', 分管领导: 'Executive in charge',
  指定成员: 'Chosen people', 角色: 'Role', 发起人自己: 'The applicant', 连续多级主管: 'Chain of managers', 直接主管: 'Direct manager',
  发起人自选: 'Applicant chooses', 表单内人员: 'Person in a form field', 表单内部门: 'Department in a form field', 'FEEL 表达式': 'FEEL expression',
  // One approver rule
  '直接部门（第 1 级）': 'Own department (level 1)', '向上第 {n} 级': '{n} levels up', 请选择字段: 'Choose a field',
  表单中没有此类字段: 'The form has no such field', 级别: 'Level', 部门: 'Department', 不选则按发起人所在部门: "None chosen: the applicant's department",
  包含下级部门: 'Include sub-departments', '审批到第几级（可选）': 'Up to level (optional)', '或审批到角色（可选）': 'Or up to role (optional)',
  保存所选人员的变量: 'Variable for the chosen people', 发起时由申请人选择审批人: 'The applicant picks the approvers when applying',
  '例如 approverPick': 'e.g. approverPick', 人员字段: 'People field', 部门字段: 'Department field', 结果为账号或账号列表: 'Gives a user name or a list of them',
  // Pickers
  搜索姓名或账号: 'Search name or user name', 搜索部门: 'Search departments', '正在读取角色…': 'Loading roles…', '{n} 人': '{n} people', 移除: 'Remove',
  // 条件设置
  等于: 'equals', 不等于: 'does not equal', 大于: 'greater than', 大于等于: 'at least', 小于: 'less than', 小于等于: 'at most',
  包含: 'contains', 为空: 'is empty', 不为空: 'is not empty', 选择字段: 'Choose a field',
  '这是网关的默认路径：其他条件都不满足时走这里，不需要条件。': "This is the gateway's default path: taken when no other condition holds; it needs none.",
  当前表达式无法用构建器表示: 'The builder cannot show this expression', 条件构建器: 'Condition builder',
  '{error}（可改用 FEEL 表达式）': '{error} (use a FEEL expression instead)', 满足: 'Match', 全部条件: 'All conditions', 任一条件: 'Any condition',
  值: 'Value', '生成的 FEEL': 'Resulting FEEL', '＋ 添加条件': '+ Add condition',
  '没有条件：流程总会走这条路径（或设为网关的默认路径）。': "No condition: the request always takes this path (or make it the gateway's default).",
  '无法校验（{status}）': 'Could not check ({status})', '✓ 语法正确': '✓ Valid',
  // 字段权限
  '此节点没有关联表单：先在「表单」分组填写表单 ID（formId）。': 'This step has no form: fill in the form ID (formId) in the Form group first.',
  '正在读取表单 {formId} 的字段…': 'Loading the fields of form {formId}…', '字段权限保存在审批设置中，请同时设置审批人。': 'Field permissions are kept with the approval settings: set the approvers too.',
  全部设为: 'Set all to', 字段: 'Field', '浅色行为默认权限（{rule}，子字段随所在分组）。': 'Light rows have the default ({rule}; fields in a group follow the group).',
  发起人默认可编辑: 'the applicant may edit', 审批人默认只读: 'approvers read only', '表单中已没有这些字段：{fields}': 'These fields are no longer in the form: {fields}',
  '，': ', ', 可编辑: 'Editable', 只读: 'Read only', 隐藏: 'Hidden', '表单 {formId} 尚未发布': 'Form {formId} is not published yet', 无法读取表单字段: 'Could not load the form fields',
};
