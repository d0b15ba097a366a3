using System.Text.Json.Nodes;

namespace Oa.Host.Features.Instances;

public sealed record StartInput(JsonObject? Variables, string? BusinessKey);

public sealed record OpenTaskView(string Id, string ElementId, string Name, string? Assignee, IReadOnlyList<string> Candidates, DateTimeOffset CreatedAt);

public sealed record HistoryView(string Type, string? ElementId, string? ElementName, string? UserName, DateTimeOffset At, string? Comment, string? Data);

public sealed record InstanceView(
    string Id, string ProcessKey, string ProcessName, int Version, string Status, string? SerialNo, string Title, string? Initiator, string? BusinessKey,
    DateTimeOffset StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<string> ActiveElementIds, IReadOnlyList<OpenTaskView> OpenTasks,
    JsonObject Variables, IReadOnlyList<HistoryView> History);

public sealed record ReasonInput(string? Reason);
