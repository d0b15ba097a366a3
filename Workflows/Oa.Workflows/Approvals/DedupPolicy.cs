namespace Oa.Workflows.Approvals;

// DingTalk's 审批人去重: never, against any earlier task of the instance, or only the immediately preceding one.
public enum DedupPolicy { None, Any, Consecutive }
