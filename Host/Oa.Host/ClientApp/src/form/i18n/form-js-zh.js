// Chinese for the English that form-js 1.23 shows in its palette, properties panel and viewer chrome.
// form-js 1.23 has no translation hook (its strings are literals in the bundle), so these are applied by
// exact text (see ui-text.js): keys are the English exactly as form-js renders them.

// Component names: the palette entries, the properties panel header, and the label a newly dropped field gets.
export const FIELD_NAMES = {
  'Text field': '文本框', 'Text area': '多行文本', Number: '数字', 'Date time': '日期时间', Expression: '表达式',
  'File picker': '文件选择', Checkbox: '复选框', 'Checkbox group': '多选框组', 'Radio group': '单选框组', Select: '下拉选择',
  'Tag list': '标签选择', 'Text view': '文本', 'Image view': '图片', Table: '表格', 'HTML view': 'HTML', 'Document preview': '文档预览',
  Spacer: '间距', Separator: '分隔线', Group: '分组', 'Dynamic list': '动态列表', iFrame: '内嵌网页', Button: '按钮', Form: '表单',
};

const PALETTE = {
  Components: '组件', 'Search components': '搜索组件', 'Clear content': '清除', 'No components found.': '没有找到组件',
  'Build your form': '开始设计表单', 'Drag and drop components here to start designing.': '把左侧组件拖到这里开始设计。',
  'Drag and drop components here.': '把组件拖到这里。', 'Use the preview window to test your form.': '可在“预览”中用测试数据试填。',
  Repeatable: '可重复', 'Remove form field': '删除此字段',
};

const GROUPS = {
  General: '常规', Condition: '条件', Layout: '布局', Appearance: '外观', Validation: '校验', 'Custom properties': '自定义属性',
  Constraints: '约束', Serialization: '序列化', 'Options source': '选项来源', 'Static options': '静态选项', 'Dynamic options': '动态选项',
  'Options expression': '选项表达式', 'Security attributes': '安全属性', Pagination: '分页', 'Header items': '表头',
  'Headers source': '表头来源', Content: '内容', Columns: '列', 'Table label': '表格标题',
};

const ENTRIES = {
  'Field label': '字段标签', 'Group label': '分组标题', Label: '标签', 'Field description': '字段描述', Key: '字段标识（key）', ID: 'ID',
  Path: '路径', 'Default value': '默认值', Required: '必填', Disabled: '禁用', 'Read only': '只读', 'Hide if': '满足条件时隐藏',
  'Deactivate if': '满足条件时禁用', 'Binds to a form variable': '绑定的表单变量名', 'Where the child variables of this component are pathed to.': '子字段的数据放在此路径下。',
  'Condition under which the field is hidden': '条件成立时隐藏此字段', 'Condition under which the field is deactivated': '条件成立时禁用此字段',
  Column: '列', 'Column 1': '列 1', 'Column 2': '列 2', 'Column 3': '列 3', Auto: '自动',
  Prefix: '前缀', Suffix: '后缀', 'Decimal digits': '小数位数', Increment: '步长', 'Output as string': '以字符串保存',
  'Allows arbitrary precision values': '允许任意精度的数值', Minimum: '最小值', Maximum: '最大值', 'Minimum length': '最少字符数',
  'Maximum length': '最多字符数', 'Validation pattern': '格式', 'Custom regular expression': '自定义正则表达式', 'Custom error message': '自定义错误提示',
  'The error message to display when the input does not match the regular expression.': '输入不符合正则表达式时显示的提示。',
  Custom: '自定义', Email: '电子邮箱', Phone: '电话', Subtype: '类型', Date: '日期', Time: '时间', 'Date & Time': '日期和时间',
  'Date label': '日期标签', 'Time label': '时间标签', 'Disallow past dates': '不允许选择过去的日期', 'Use 24h': '24 小时制',
  'Time interval': '时间间隔（分钟）', 'Time format': '时间格式', 'UTC offset': 'UTC 偏移', 'UTC normalized': '转换为 UTC', 'No timezone': '不含时区',
  Static: '静态', 'Input data': '输入数据', 'Input values key': '选项数据的变量名', 'Define which input property to populate the values from': '从哪个输入变量读取选项',
  'Define an expression to populate the options from.': '用表达式生成选项。', Value: '值', Checked: '选中', 'Not checked': '未选中',
  Searchable: '可搜索', Text: '文本', 'Image source': '图片地址', 'Alternative text': '替代文字', 'Descriptive text for screen reader accessibility.': '供读屏软件朗读的说明文字。',
  'Expression or static value (link/data URI)': '表达式或固定地址（链接 / data URI）', URL: '网址', Height: '高度', 'Height of the container in pixels.': '容器高度（像素）。',
  'Compute on': '计算时机', 'Value changes': '值变化时', 'Form submission': '提交表单时', 'Define an expression to calculate the value of this field': '用表达式计算此字段的值',
  'Target value': '目标值', Action: '动作', Submit: '提交', Reset: '重置', 'Show outline': '显示边框', 'Vertical alignment': '垂直对齐',
  Top: '顶部', Center: '居中', Bottom: '底部', 'Allow add/delete items': '允许增删行', 'Default number of items': '默认行数',
  'Disable collapse': '不折叠', 'Number of non-collapsing items': '不折叠的行数', 'List of items': '数据列表', 'Data source': '数据来源',
  'Number of rows per page': '每页行数', 'Supported file formats': '允许的文件格式', 'Upload multiple files': '允许多个文件',
  'Document reference': '文档引用', 'Max height of preview container': '预览区最大高度', 'Version tag': '版本标签',
  'Version tag by which this form can be referenced.': '引用此表单时使用的版本标签。', Type: '类型', '<none>': '<无>',
  'Add properties directly to the form schema, useful to configure functionality in custom-built task applications and form renderers.':
    '直接写入表单定义的附加属性，供自建的任务应用或渲染器使用。',
  'Select a form field to edit its properties.': '选中一个字段以编辑它的属性。',
  'Multiple form fields are selected. Select a single form field to edit its properties.': '选中了多个字段。请只选一个字段来编辑属性。',
  'Specify the source from which to populate the table': '表格数据的来源', 'Specify an expression to populate column items': '用表达式生成列',
  Title: '标题', 'Learn more': '了解更多', documentation: '文档',
};

// @bpmn-io/properties-panel's own words (its translate() defaults), and the key/path checks' messages.
const PANEL = {
  '<empty>': '<空>', 'Create new list item': '新增一项', Create: '新增', 'Delete item': '删除', 'Toggle list item': '展开/收起',
  'Toggle section': '展开/收起', 'Section contains edits': '此组已修改', 'Section contains an error': '此组有错误', 'Open documentation': '查看文档',
  'Open pop-up editor': '在弹窗中编辑', 'Opened in editor': '已在编辑器中打开', 'Opened in popup': '已在弹窗中打开',
  'FEEL expression is mandatory': '必须是 FEEL 表达式', 'Unparsable FEEL expression.': 'FEEL 表达式无法解析。',
  'Click to set a dynamic value with FEEL expression': '点击改用 FEEL 表达式', 'Click to remove dynamic value with FEEL expression': '点击取消 FEEL 表达式',
  'Must not be empty.': '不能为空。', 'Must not be empty': '不能为空', 'Must be unique.': '不能重复。', 'Must not contain spaces.': '不能包含空格。',
  'Must be a variable or a dot separated path.': '必须是变量名或以点分隔的路径。', 'Must not contain numerical path segments.': '路径各段不能是数字。',
  'Must not cause two binding paths to collide': '不能与其他字段的绑定路径冲突', 'Must not be a prohibited path.': '不能使用保留路径。',
  'Should be a valid number.': '请输入有效数字。', 'Should be a valid number': '请输入有效数字', 'Should be an integer.': '请输入整数。',
  'Should be greater than zero.': '必须大于 0。', 'Should be greater than or equal to zero.': '必须大于或等于 0。', 'Value must be a number.': '必须是数字。',
  'A number is required.': '请输入数字。',
};

// What the viewer itself writes around the fields (repeating groups, selects, tables, file picker).
export const VIEWER = {
  'Add new': '添加', Collapse: '收起', Search: '搜索', Select: '请选择', 'No results': '无匹配结果', 'Nothing to show.': '暂无数据',
  'No files selected': '未选择文件', Browse: '选择文件',
};

// Texts with a number or name in them: [pattern, replacement].
export const PATTERNS = [
  [/^Expand all \((\d+)\)$/, '展开全部（$1）'],
  [/^Remove list item (\d+)$/, '删除第 $1 行'],
  [/^Download (.+)$/, '下载 $1'],
  [/^Click to sort by (.+) descending$/, '按“$1”降序排列'],
  [/^Click to sort by (.+) ascending$/, '按“$1”升序排列'],
  [/^List contains (\d+) items?$/, '共 $1 项'],
  [/^(\d+) files? selected$/, '已选择 $1 个文件'],
];

// The editor's palette and properties panel (the viewer's words apply inside the 预览 tab, a viewer of its own).
export const EDITOR = { ...FIELD_NAMES, ...PALETTE, ...GROUPS, ...ENTRIES, ...PANEL };
