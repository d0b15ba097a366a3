using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Workbench;

/// <summary>One step the request would reach, with the people it would go to.</summary>
public sealed record PreviewStep(string Name, IReadOnlyList<string> People);

/// <summary>
/// 流程预览: which steps and which people a request would go through with the values typed so far. It runs the real
/// process — the same gateways, approver rules and org chart — on a throwaway in-memory engine, approving every task
/// as it appears, until the process ends or waits on something that is not a person (a timer, a message, a service).
/// Nothing is stored.
/// </summary>
public sealed class PathPreview(OaDbContext db, EngineHost engine, OrgCache orgCache)
{
    private const int MaxRounds = 40;

    public async Task<(IReadOnlyList<PreviewStep> Steps, bool Complete)> RunAsync(string processKey, string initiator, IReadOnlyDictionary<string, JsonElement> variables, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var process = engine.Definitions.LatestOf(processKey) ?? throw new InvalidOperationException($"unknown process {processKey}");
        var xml = await db.ProcessDefinitions.AsNoTracking().Where(p => p.Key == processKey && p.Version == process.Version).Select(p => p.BpmnXml).FirstAsync(ct);
        var org = await orgCache.GetAsync(ct);
        var runtime = engine.ScratchRuntime();
        if (!runtime.Deploy(xml).IsValid) return ([], false);

        var steps = new List<(string ElementId, PreviewStep Step)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        InstanceState state;
        try
        {
            state = await runtime.StartAsync(processKey, null, initiator, variables);
            for (var round = 0; round < MaxRounds && !state.IsEnded && state.Tasks.Count > 0; round++)
            {
                foreach (var t in state.Tasks.Where(t => seen.Add(t.TaskId)))
                {
                    var people = t.Assignee is not null ? [Timeline.Name(org, t.Assignee)!]
                        : t.CandidateUsers.Select(u => Timeline.Name(org, u)!).Concat(t.CandidateGroups.Select(g => $"{g}（角色）")).ToList();
                    var index = steps.FindIndex(s => s.ElementId == t.ElementId);
                    if (index >= 0) steps[index] = (t.ElementId, steps[index].Step with { People = [.. steps[index].Step.People.Union(people)] });
                    else steps.Add((t.ElementId, new PreviewStep(t.Name ?? t.ElementId, people)));
                }
                var next = state.Tasks[0];
                state = await runtime.CompleteTaskAsync(next.TaskId, next.Assignee ?? next.CandidateUsers.FirstOrDefault() ?? initiator, null, "approve");
            }
        }
        catch (Exception ex) when (ex is EngineException or InvalidOperationException or KeyNotFoundException)
        {
            // A step the preview cannot pass (a call activity, a service) ends the preview there; what was found stands.
            return ([.. steps.Select(s => s.Step)], false);
        }
        return ([.. steps.Select(s => s.Step)], state.IsEnded);
    }
}
