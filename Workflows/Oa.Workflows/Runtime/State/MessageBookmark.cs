namespace Oa.Workflows.Runtime;

public sealed record MessageBookmark(string SubscriptionId, string TokenId, string ElementId, string Name, string CorrelationKey);
