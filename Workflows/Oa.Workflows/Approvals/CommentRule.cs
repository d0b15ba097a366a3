namespace Oa.Workflows.Approvals;

// commentRequired="false|true|onReject": a rejection without a reason is the usual complaint.
public enum CommentRule { Optional, Required, OnReject }
