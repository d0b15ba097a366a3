using Oa.Host.Features.Instances;

namespace Oa.Host.Features.Admin.Instances;

public sealed record InstanceSearch(string? ProcessKey, int? Version, string? Status, string? Initiator, DateTimeOffset? From, DateTimeOffset? To,
    string? SerialNo, int? Page, int? Take);

public sealed record InstanceRow(string Id, string ProcessKey, string ProcessName, int Version, string Status, string? SerialNo, string Title,
    string? Initiator, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

public sealed record InstancePage(int Total, int Page, int Take, IReadOnlyList<InstanceRow> Items);

public sealed record AdminTaskView(string Id, string ElementId, string Name, string? Assignee, IReadOnlyList<string> Candidates, DateTimeOffset CreatedAt);

public sealed record IncidentView(string Id, string ElementId, string Kind, string Message, DateTimeOffset RaisedAt);

public sealed record ElementView(string Id, string? Name, string Type);

public sealed record InstanceAdminView(InstanceRow Instance, string? BpmnXml, IReadOnlyList<string> ActiveElementIds, IReadOnlyList<string> CompletedElementIds,
    IReadOnlyList<AdminTaskView> OpenTasks, IReadOnlyList<IncidentView> Incidents, IReadOnlyList<ElementView> Elements, IReadOnlyList<HistoryView> History);

public sealed record AdminReason(string? Reason);

public sealed record ReassignInput(string? Assignee, string? Reason);

/// <summary>跳转: cancel the tokens at <see cref="From"/> (none given = every active element) and activate <see cref="To"/>.</summary>
public sealed record JumpInput(IReadOnlyList<string>? From, string? To, string? Reason);
