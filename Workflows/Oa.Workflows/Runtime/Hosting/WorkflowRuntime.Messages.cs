using System.Text.Json;
using Oa.Workflows.Model;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    // Camunda 8 publish semantics: every instance with an open matching subscription receives it,
    // every deployed process with a matching message start event gets a new instance; with none and
    // a time-to-live the message waits for a subscription to open.
    public async Task<int> PublishMessageAsync(string name, string correlationKey, IReadOnlyDictionary<string, JsonElement>? variables = null, TimeSpan? timeToLive = null)
    {
        var work = await CorrelationWorkAsync(name, correlationKey, variables ?? new Dictionary<string, JsonElement>(), timeToLive);
        await RunEachAsync(work);
        return work.Count;
    }

    private async Task<List<Work>> CorrelationWorkAsync(string name, string key, IReadOnlyDictionary<string, JsonElement> variables, TimeSpan? timeToLive)
    {
        // The store's index survives restarts; the runtime's own one only serves stores without it.
        IReadOnlyList<string> waiting;
        if (Store is IMessageSubscriptionIndex index) waiting = await index.FindWaitingAsync(name, key);
        else lock (gate) waiting = [.. Subscribers(name, key)];
        lock (gate)
        {
            var work = waiting.Distinct().Select(id => new Work(id, new CorrelateMessage(name, key, variables))).ToList();
            foreach (var process in latest.Values)
            {
                var start = process.StartEvents.FirstOrDefault(s => s.Kind == EventKind.Message && s.Message!.Name.Literal == name);
                if (start is not null)
                    work.Add(new Work(Guid.NewGuid().ToString("N"), new StartInstance("", key.Length == 0 ? null : key, null, variables, start.Id), process.Key));
            }
            if (work.Count == 0 && timeToLive is { } ttl && ttl > TimeSpan.Zero)
                published.Add((name, key, variables, Now + ttl));
            return work;
        }
    }
}
