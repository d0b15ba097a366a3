using System.Text.Json;
using Oa.Host.Data.Engine;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Workbench;

/// <summary>Turns an instance's history rows into the timeline people read.</summary>
public static class Timeline
{
    /// <summary>History in people's words; engine bookkeeping (element entered/left, variables) is left out.</summary>
    public static List<TimelineEntry> From(IEnumerable<HistoryRecord> history, OrgSnapshot org)
    {
        var entries = new List<TimelineEntry>();
        foreach (var h in history)
        {
            var data = Parse(h.Data);
            var outcome = Text(data, "outcome");
            var verb = Words.History(h.Type, outcome);
            if (verb is null) continue;
            var target = h.Type switch
            {
                "TaskCreated" => People(data, org),
                "TaskTransferred" or "TaskAssigned" or "TaskDelegated" or "TaskResolved" or "TaskDeputized" => Name(org, Text(data, "to")),
                "CarbonCopied" => Names(data, "to", org),
                "Commented" => Names(data, "mentioned", org),
                "AssigneeAdded" or "SignerAddedBefore" or "SignerAddedAfter" or "SignerRemoved" => Name(org, Text(data, "assignee")),
                "ReturnedToInitiator" => Name(org, Text(data, "to")),
                "TitleChanged" => Text(data, "to"),
                _ => null,
            };
            // Who created a task is whoever moved the process on; the people it went to matter more.
            var who = h.Type is "TaskCreated" or "InstanceEnded" ? null : Name(org, h.UserName);
            var kind = outcome == "reject" || h.Type is "InstanceCancelled" or "Revoked" or "IncidentRaised" ? "bad" : h.Type is "TaskCompleted" or "TaskAutoCompleted" ? "good" : "info";
            if (h.Type == "InstanceEnded" && Text(data, "status") == "Cancelled") continue; // InstanceCancelled already says it
            entries.Add(new TimelineEntry(verb, h.Type is "InstanceStarted" or "InstanceEnded" or "InstanceCancelled" or "Revoked" ? null : h.ElementName ?? h.ElementId,
                who, target, h.At, h.Type == "TitleChanged" ? $"原标题：{Text(data, "from")}" : string.IsNullOrWhiteSpace(h.Comment) ? null : h.Comment, kind));
        }
        return entries;
    }

    private static string? People(JsonElement? data, OrgSnapshot org)
    {
        if (Text(data, "assignee") is { } assignee) return Name(org, assignee);
        var names = new List<string>();
        if (data is { } d && d.TryGetProperty("candidateUsers", out var users) && users.ValueKind == JsonValueKind.Array)
            names.AddRange(users.EnumerateArray().Select(u => Name(org, u.GetString()) ?? ""));
        if (data is { } g && g.TryGetProperty("candidateGroups", out var groups) && groups.ValueKind == JsonValueKind.Array)
            names.AddRange(groups.EnumerateArray().Select(x => $"{x.GetString()}（角色）"));
        return names.Count == 0 ? null : string.Join("、", names.Where(n => n.Length > 0));
    }

    private static string? Names(JsonElement? data, string property, OrgSnapshot org) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(property, out var a) && a.ValueKind == JsonValueKind.Array
            ? string.Join("、", a.EnumerateArray().Select(x => Name(org, x.GetString()))) : null;

    public static string? Name(OrgSnapshot org, string? userName) => userName is null ? null : org.GetUser(userName)?.DisplayName ?? userName;

    private static string? Text(JsonElement? data, string property) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try { return JsonDocument.Parse(json).RootElement; }
        catch (JsonException) { return null; }
    }
}
