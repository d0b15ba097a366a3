// The properties panel's help texts (the tooltips of groups and entries a process admin meets in our modeler: user
// tasks, service tasks, gateways' flows, timers, messages, errors, call activities, multi-instance, mappings) in
// Chinese. Keys are the panel's own English texts, some of them sentence parts around an example in <code>; a test
// checks each still exists in the pinned bundle, like PANEL_ZH. Links' titles ("… documentation") are left out.
export const HELP_ZH = {
  // Groups
  'Define the assignment, schedule, and priority of the user task. Assignee, candidate groups, and candidate users can be combined. Use due date and follow-up date to express deadlines and urgency. ':
    '设置用户任务的分配、时间和优先级。处理人、候选组和候选人可以组合使用；用截止时间和跟进时间表示期限和紧急程度。（本平台的审批人请在「审批设置」中设置。）',
  'Define a boolean condition expression that determines when this sequence flow is taken. ': '填写一个布尔条件表达式，决定何时走这条顺序流。',
  'Learn how to define conditions.': '了解如何设置条件。',
  'Implement a user task managed by Camunda. To add a custom implementation, use a job worker. ': '由引擎管理的用户任务。如需自定义实现，请使用作业处理程序（job worker）。',
  'Link a form created with the Camunda Forms editor. Submitting this form will start a new process instance. ': '关联用表单设计器创建的表单；提交该表单即发起一个新的流程实例。',
  'Link a form created with the Camunda Forms editor. To associate a custom form, application, or URL to the user task, specify an external reference. ':
    '关联用表单设计器创建的表单。如需为用户任务关联自定义表单、应用或网址，请填写外部引用。',
  'Link or embed a form created with the Camunda Forms editor. To associate a custom form, application, or URL to the user task, specify a form key. ':
    '关联或内嵌用表单设计器创建的表单。如需为用户任务关联自定义表单、应用或网址，请填写表单键。',
  'Configure the message that the task waits for. ': '设置此任务等待的消息。',
  'Configure the message that will start this process instance. ': '设置发起此流程实例的消息。',
  'Configure the message that this event waits for. ': '设置此事件等待的消息。',
  'Configure the message that will trigger this boundary event. ': '设置触发此边界事件的消息。',
  'Define the ID of the process to call (e.g. ': '填写要调用的流程标识（例如 ',
  ' or ': ' 或 ',
  '). ': '）。',
  'Specify which job workers handle the task work to execute a service (e.g. ': '指定由哪个作业处理程序执行此服务（例如 ',
  'Execute this task for each element of a given collection. ': '对集合中的每个元素执行一次此任务。',
  'Define an input collection expression that defines the collection to iterate over (e.g. ': '填写输入集合表达式，即要遍历的集合（例如 ',
  'To collect the output define the output collection and the output element expressions. ': '如需收集结果，请填写输出集合和输出元素表达式。',
  'Define the error to throw. Specify an error code (e.g. ': '设置要抛出的错误。填写错误代码（例如 ',
  ') to identify the error. ': '）以标识该错误。',
  'Define the error to catch. Specify an error code (e.g. ': '设置要捕获的错误。填写错误代码（例如 ',
  ') to match a specific error, or leave empty to catch any error. ': '）以匹配特定错误；留空则捕获任何错误。',
  'Add input mappings to control what is passed to the activity as local variables. ': '添加输入映射，控制哪些值作为局部变量传入此活动。',
  'Add output mappings to control which variables are merged back into the process scope. ': '添加输出映射，控制哪些变量合并回流程。',
  'Define static metadata passed to job workers alongside each job. Headers are not evaluated by the engine — use them for fixed worker configuration (e.g. ':
    '为每个作业附带传给作业处理程序的固定元数据。引擎不会计算任务头，请用于固定的处理程序配置（例如 ',
  ', ': '、',
  'Add custom logic that reacts to various events in the workflow execution life-cycle. ': '添加自定义逻辑，响应流程执行生命周期中的各种事件。',
  'Add custom key-value metadata to this element. Extension properties have no effect on process execution — they can be used to attach configuration visible for other consumers of the BPMN diagram. ':
    '为此元素添加自定义键值元数据。扩展属性不影响流程执行，可为读取此 BPMN 图的其他系统附加配置。',
  'Control which variables from the called process are merged back into the parent scope. By default, all child variables are propagated; use output mappings to selectively return specific variables. ':
    '控制被调用流程的哪些变量合并回父流程。默认回传子流程的全部变量；可用输出映射只回传指定变量。',
  // Entries
  'The number of times the engine tries executing this activity if a worker signals a failure. The default is three.': '作业处理程序报告失败时引擎重试此活动的次数，默认为 3 次。',
  'Uses the most recent deployed resource.': '使用最新部署的版本。',
  'Uses the resource found in the same deployment.': '使用同一次部署中的版本。',
  'Uses the most recent deployed resource with the given version tag.': '使用带有指定版本标签的最新部署版本。',
  'Version tag by which this process can be referenced.': '引用此流程时使用的版本标签。',
  'Version tag by which the called process will be referenced.': '引用被调用流程时使用的版本标签。',
  'Version tag by which the linked form will be referenced.': '引用所关联表单时使用的版本标签。',
  'Specifies the priority of a user task. Must be an integer between 0 and 100. If no value is provided, the default value is 50. ': '用户任务的优先级，须为 0 到 100 之间的整数；不填则为 50。',
  'Identifier computed from the process context that is used to correlate an incoming message (e.g. ': '由流程上下文计算出的标识，用于关联收到的消息（例如 ',
  'If turned on, all variables from the parent process instance will be propagated to the child process instance.': '开启后，父流程实例的全部变量都传入子流程实例。',
  'Otherwise, only variables defined via input mappings will be propagated.': '否则只传入输入映射中定义的变量。',
  'If turned on, all variables from the child process instance will be propagated to the parent process instance.': '开启后，子流程实例的全部变量都回传父流程实例。',
  'Otherwise, only variables defined via output mappings will be propagated.': '否则只回传输出映射中定义的变量。',
  On: '开', Off: '关',
  // Timer values
  'A specific point in time defined as ISO 8601 combined date and time representation.': '某个时间点，用 ISO 8601 日期时间格式表示。',
  'UTC time': 'UTC 时间', 'UTC plus 2 hours zone offset': 'UTC 加 2 小时时区偏移', 'How to configure a timer': '如何设置定时器',
  'A cycle defined as ISO 8601 repeating intervals format, or a cron expression.': '循环周期，用 ISO 8601 重复间隔格式或 cron 表达式表示。',
  'every 10 seconds, up to 5 times': '每 10 秒一次，最多 5 次', 'every day, infinitely': '每天一次，不限次数',
  'every hour on the hour from 9-5 p.m. UTC Monday-Friday': '周一至周五 UTC 9 点到 17 点每个整点',
  'A time duration defined as ISO 8601 durations format.': '一段时长，用 ISO 8601 时长格式表示。',
  '15 seconds': '15 秒', '1 hour and 30 minutes': '1 小时 30 分钟', '14 days': '14 天',
};
