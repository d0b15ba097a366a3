namespace Oa.Workflows.Approvals;

// The candidate strategies of yudao BPM and DingTalk's approver settings, under readable names.
public enum ApproverRuleType
{
    User,            // 指定成员
    Role,            // 角色
    Initiator,       // 发起人自己 (confirmations such as 外派结束)
    DeptHead,        // 部门负责人, level N up the tree
    DeptMembers,     // 部门成员
    HeadChain,       // 连续多级主管
    Leader,          // 分管领导
    Supervisor,      // 直接主管
    InitiatorSelect, // 发起人自选
    FormUser,        // 表单内人员
    FormDept,        // 表单内部门 (head or members)
    Expression,      // FEEL
}
