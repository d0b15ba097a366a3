using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Runtime;

// Checks a migration without changing anything: the engine command refuses exactly what this reports,
// so an admin's dry run and the real run agree.
public static class InstanceMigration
{
    public static string MapOf(IReadOnlyDictionary<string, string>? mapping, string id) =>
        mapping is not null && mapping.TryGetValue(id, out var to) && !string.IsNullOrWhiteSpace(to) ? to : id;

    public static MigrationPlan Plan(ProcessDefinition source, ProcessDefinition target, InstanceState state, IReadOnlyDictionary<string, string>? mapping)
    {
        var blockers = new List<string>();
        if (state.IsEnded) blockers.Add($"实例已结束 (instance has ended: {state.Status})");
        if (source.Key != target.Key) blockers.Add($"目标流程不是 {source.Key} (target is process '{target.Key}', not '{source.Key}')");
        if (source.ContentHash == target.ContentHash) blockers.Add("实例已在目标版本上 (the instance already runs the target version)");
        foreach (var (from, to) in mapping ?? new Dictionary<string, string>())
        {
            if (source.Node(from) is null) blockers.Add($"映射的源节点 {from} 不存在 (mapped element '{from}' is not in the source version)");
            if (!string.IsNullOrWhiteSpace(to) && target.Node(to) is null) blockers.Add($"映射的目标节点 {to} 不存在 (mapped target '{to}' is not in the target version)");
        }
        var occupied = Occupied(state);
        var moves = new List<MigrationMove>();
        foreach (var id in occupied.Keys)
        {
            var from = source.Node(id);
            if (from is null)
            {
                blockers.Add($"节点 {id} 不在源版本中 (element '{id}' is not in the source version)");
                continue;
            }
            var toId = MapOf(mapping, id);
            var to = target.Node(toId);
            if (to is null)
            {
                blockers.Add($"节点 {Label(from)} 没有映射到目标版本 (element '{id}' is not mapped to the target version)");
                continue;
            }
            moves.Add(new MigrationMove(id, from.Name, to.Id, to.Name, from.BpmnType, occupied[id]));
            blockers.AddRange(Check(from, to, mapping));
        }
        foreach (var token in state.Tokens.Where(t => t.State == TokenState.Joining && t.Via is not null))
        {
            if (target.Node(MapOf(mapping, token.ElementId)) is { } gateway && gateway.Incoming.All(f => f.Id != token.Via))
                blockers.Add($"汇聚网关 {Label(gateway)} 在目标版本中没有连线 {token.Via} (join arrival via flow '{token.Via}' has no incoming flow in the target)");
        }
        return new MigrationPlan(moves, blockers.Distinct().ToList());
    }

    // Every element the waiting state points at, with the number of tokens on it.
    private static Dictionary<string, int> Occupied(InstanceState state)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in state.Tokens) counts[t.ElementId] = counts.GetValueOrDefault(t.ElementId) + 1;
        var pointed = state.Tasks.Select(t => t.ElementId).Concat(state.Timers.Select(t => t.ElementId)).Concat(state.Subscriptions.Select(s => s.ElementId))
            .Concat(state.Jobs.Select(j => j.ElementId)).Concat(state.Children.Select(c => c.ElementId)).Concat(state.Incidents.Select(i => i.ElementId));
        foreach (var id in pointed) counts.TryAdd(id, 0);
        return counts;
    }

    // Same kind, same scope, same loop shape, same boundary subscriptions: anything else would leave state the target cannot continue.
    private static IEnumerable<string> Check(FlowNode from, FlowNode to, IReadOnlyDictionary<string, string>? mapping)
    {
        if (from.GetType() != to.GetType())
        {
            yield return $"{Label(from)} 是 {from.BpmnType}，目标 {Label(to)} 是 {to.BpmnType} (element kinds differ)";
            yield break;
        }
        if (KindOf(from) != KindOf(to))
            yield return $"{Label(from)} 与 {Label(to)} 的事件类型不同 (event kinds differ: {KindOf(from)} → {KindOf(to)})";
        if ((from.Parent is null ? null : MapOf(mapping, from.Parent.Id)) != to.Parent?.Id)
            yield return $"{Label(from)} 迁移后不在对应的子流程中 (element '{to.Id}' is not in the mapped scope)";
        if (from is BoundaryEvent fb && to is BoundaryEvent tb && MapOf(mapping, fb.AttachedTo.Id) != tb.AttachedTo.Id)
            yield return $"边界事件 {Label(from)} 迁移后附着在其他节点上 (boundary event is attached to another activity)";
        if (from is Activity fa && to is Activity ta)
        {
            if ((fa.Loop is null) != (ta.Loop is null) || (fa.Loop is { } fl && ta.Loop is { } tl && fl.IsSequential != tl.IsSequential))
                yield return $"{Label(from)} 与 {Label(to)} 的多实例设置不同 (multi-instance characteristics differ)";
            var mappedBoundaries = fa.BoundaryEvents.Select(b => MapOf(mapping, b.Id)).ToHashSet(StringComparer.Ordinal);
            foreach (var added in ta.BoundaryEvents.Where(b => b.Kind is EventKind.Timer or EventKind.Message && !mappedBoundaries.Contains(b.Id)))
                yield return $"目标节点 {Label(to)} 新增了边界事件 {Label(added)}，运行中的实例无法订阅 (target adds boundary event '{added.Id}' that a running instance would not subscribe to)";
        }
    }

    private static EventKind? KindOf(FlowNode node) => node switch
    {
        BoundaryEvent b => b.Kind,
        IntermediateCatchEvent c => c.Kind,
        _ => null,
    };

    private static string Label(FlowNode node) => node.Name is { Length: > 0 } name ? $"「{name}」({node.Id})" : node.Id;
}
