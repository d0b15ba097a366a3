using System.Text.Json.Nodes;

namespace Oa.Host.Features.Tasks;

public sealed record InboxItem(
    string? TaskId, string InstanceId, string Title, string? SerialNo, string ProcessName, string? NodeName, string? Initiator,
    string Status, DateTimeOffset At, DateTimeOffset? DueAt, string? Outcome, bool Unread, bool Urged);

public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Total, bool TotalCapped);

public sealed record TaskView(
    string Id, string InstanceId, string ElementId, string Name, string? Assignee, string Status, DateTimeOffset CreatedAt, DateTimeOffset? DueAt,
    string ProcessKey, string ProcessName, string Title, string? SerialNo, string? Initiator, IReadOnlyList<string> AllowedActions, string? DelegatedBy,
    string CommentRequired, JsonObject? Form, JsonObject? Data);

public sealed record TaskActionInput(JsonObject? Variables, string? Comment, string? UserName, string? TargetElementId);
