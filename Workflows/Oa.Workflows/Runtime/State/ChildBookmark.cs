namespace Oa.Workflows.Runtime;

public sealed record ChildBookmark(string ChildInstanceId, string TokenId, string ElementId, string ProcessKey);
