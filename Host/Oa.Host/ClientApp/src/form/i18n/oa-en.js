// English for what this project adds to the form editor in Chinese: the palette groups (renamed at build,
// build/form-js-palette-groups.js), the OA component names and the "OA 设置" entries. Used when the UI is English.
export const OA_NAMES_EN = {
  金额: 'Money', 人员: 'User', 部门: 'Department', 附件: 'Attachments', 流水号: 'Serial number', 手写签名: 'Signature',
  关联记录: 'Related record',
};

export const OA_EDITOR_EN = {
  ...OA_NAMES_EN,
  'OA 组件': 'OA components', 输入: 'Input', 选择: 'Selection', 展示: 'Presentation', 容器: 'Containers', 操作: 'Action',
  'OA 设置': 'OA settings', 币种: 'Currency', '金额前显示的符号；留空为人民币': 'Symbol before the amount; empty means RMB',
  不显示金额大写: 'Hide the amount in words (大写)', 允许多选: 'Allow several', 最多文件数: 'Maximum files',
  '单个文件上限（MB）': 'Maximum size per file (MB)', 允许的类型: 'Allowed types', '逗号分隔，如 .pdf,.docx,image/*': 'Comma-separated, e.g. .pdf,.docx,image/*',
  编号规则: 'Numbering rule', '签名框宽度（像素）': 'Signature box width (px)', 留空则占满表单宽度: 'Empty: the full form width',
  '签名框高度（像素）': 'Signature box height (px)', '默认 160': 'Default 160', 台账: 'Ledger', 从哪个台账选择记录: 'The ledger to pick a record from',
  字段映射: 'Field mapping', 'JSON：{"记录字段": "表单字段 key"}': 'JSON: {"record field": "form field key"}', '（默认）': '(default)',
  'JSON 格式不正确': 'Not valid JSON', '（请选择台账）': '(choose a ledger)', '加载中…': 'Loading…',
  '流水号由流程设置中的流水号规则（serialRule：前缀、日期、序号位数、重置周期）在提交时生成；表单中只读，这里无需设置。':
    'The serial number comes from the process settings’ serial rule (prefix, date, digits, reset) on submit; read-only in the form, nothing to set here.',
};
