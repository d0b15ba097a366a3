using System.Collections;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Model;

public sealed partial class ProcessDefinition
{
    private readonly Dictionary<string, FlowNode> byId;

    internal ProcessDefinition(string key, string? name, bool isExecutable, string contentHash, string? sourceName,
        IReadOnlyList<FlowNode> topLevel, IReadOnlyList<FlowNode> allNodes, IReadOnlyList<SequenceFlow> flows)
    {
        Key = key;
        Name = name;
        IsExecutable = isExecutable;
        ContentHash = contentHash;
        SourceName = sourceName;
        TopLevelNodes = topLevel;
        Nodes = allNodes;
        Flows = flows;
        byId = new Dictionary<string, FlowNode>(allNodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < allNodes.Count; i++)
        {
            allNodes[i].Index = i;
            byId[allNodes[i].Id] = allNodes[i];
        }
        StartEvents = topLevel.OfType<StartEvent>().ToArray();
        NoneStartEvent = StartEvents.FirstOrDefault(s => s.Kind == EventKind.None);
        Reach = ComputeReachability(allNodes);
    }

    public string Key { get; }

    public string? Name { get; }

    public bool IsExecutable { get; }

    public string ContentHash { get; }

    public string? SourceName { get; }

    public IReadOnlyList<FlowNode> TopLevelNodes { get; }

    // Every flow node, including those inside sub-processes (ids are unique per definitions file).
    public IReadOnlyList<FlowNode> Nodes { get; }

    public IReadOnlyList<SequenceFlow> Flows { get; }

    public IReadOnlyList<StartEvent> StartEvents { get; }

    public StartEvent? NoneStartEvent { get; }

    public string? FormId => NoneStartEvent?.FormId ?? StartEvents.Select(s => s.FormId).FirstOrDefault(f => f is not null);

    // Reach[a][b]: b can be reached from a along sequence flows (and from an activity to its boundary events).
    internal BitArray[] Reach { get; }

    public FlowNode? Node(string id) => byId.GetValueOrDefault(id);

    public bool CanReach(FlowNode from, FlowNode to) => Reach[from.Index][to.Index];

    private static BitArray[] ComputeReachability(IReadOnlyList<FlowNode> nodes)
    {
        var reach = new BitArray[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var seen = new BitArray(nodes.Count);
            var stack = new Stack<FlowNode>();
            stack.Push(nodes[i]);
            while (stack.Count > 0)
            {
                foreach (var next in Successors(stack.Pop()))
                {
                    if (seen[next.Index]) continue;
                    seen[next.Index] = true;
                    stack.Push(next);
                }
            }
            reach[i] = seen;
        }
        return reach;
    }

    private static IEnumerable<FlowNode> Successors(FlowNode node)
    {
        foreach (var f in node.Outgoing) yield return f.Target;
        if (node is Activity a)
            foreach (var b in a.BoundaryEvents) yield return b;
    }
}
