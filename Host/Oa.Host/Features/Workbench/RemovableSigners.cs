using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Workbench;

/// <summary>减签 candidates for the 减签 picker: the other approvers of the caller's 会签/依次 node who have not acted yet (the engine re-checks).</summary>
public static class RemovableSigners
{
    public static IReadOnlyList<string> Of(InstanceState state, string taskId, string user)
    {
        var mine = state.Tasks.FirstOrDefault(t => t.TaskId == taskId);
        var inner = mine is null ? null : state.Tokens.FirstOrDefault(t => t.Id == mine.TokenId);
        var body = inner?.ParentId is { } parent ? state.Tokens.FirstOrDefault(t => t.Id == parent) : null;
        if (body?.Loop is not { Approval.Mode: ApproveMode.All or ApproveMode.Sequential } loop) return [];
        var innerIds = state.Tokens.Where(t => t.ParentId == body.Id).Select(t => t.Id).ToHashSet();
        var open = state.Tasks.Where(t => innerIds.Contains(t.TokenId)).Select(t => t.Assignee);
        var queued = loop.Items.Skip(loop.NextIndex).Select(e => e.ValueKind == System.Text.Json.JsonValueKind.String ? e.GetString() : null);
        return open.Concat(queued).OfType<string>().Where(u => !string.Equals(u, user, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
    }
}
