using System.Text.Json;

namespace Oa.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    private readonly Dictionary<string, UserTaskInfo> openTasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string InstanceId, DateTimeOffset DueAt)> dueTimers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string Key), List<string>> subscribers = [];
    private readonly List<(string Name, string Key, IReadOnlyDictionary<string, JsonElement> Variables, DateTimeOffset ExpiresAt)> published = [];

    public IReadOnlyList<UserTaskInfo> OpenTasks { get { lock (gate) return openTasks.Values.ToArray(); } }

    public IReadOnlyList<UserTaskInfo> TasksOf(string instanceId) => OpenTasks.Where(t => t.InstanceId == instanceId).ToArray();

    // Indexes what the host would keep in tables, and turns cross-instance effects into work
    // (published messages are looked up in the store afterwards: see RunAsync).
    private List<Work> Route(InstanceState state, IReadOnlyList<EngineEffect> effects)
    {
        var next = new List<Work>();
        lock (gate)
        {
            foreach (var effect in effects)
            {
                TrackJob(effect);
                switch (effect)
                {
                    case TaskCreated c: openTasks[c.Task.TaskId] = c.Task; break;
                    case TaskCompleted c: openTasks.Remove(c.TaskId); break;
                    case TaskAssigned a when openTasks.TryGetValue(a.TaskId, out var open): openTasks[a.TaskId] = open with { Assignee = a.Assignee }; break;
                    case TaskCancelled c: openTasks.Remove(c.TaskId); break;
                    case TimerScheduled t: dueTimers[t.TimerId] = (t.InstanceId, t.DueAt); break;
                    case TimerCancelled t: dueTimers.Remove(t.TimerId); break;
                    case MessageSubscriptionOpened s:
                        Subscribers(s.Name, s.CorrelationKey).Add(s.InstanceId);
                        var buffered = published.FindIndex(p => p.Name == s.Name && p.Key == s.CorrelationKey && p.ExpiresAt > Now);
                        if (buffered >= 0)
                        {
                            var p = published[buffered];
                            published.RemoveAt(buffered);
                            next.Add(new Work(s.InstanceId, new CorrelateMessage(p.Name, p.Key, p.Variables)));
                        }
                        break;
                    case MessageSubscriptionClosed s: Subscribers(s.Name, s.CorrelationKey).Remove(s.InstanceId); break;
                    case StartChildInstance c:
                        next.Add(new Work(c.ChildInstanceId, new StartInstance("", c.BusinessKey, c.Initiator, c.Variables, ParentInstanceId: c.ParentInstanceId), c.ProcessKey));
                        break;
                    case CancelChildInstance c: next.Add(new Work(c.ChildInstanceId, new CancelInstance("parent ended"))); break;
                    case InstanceEnded e when state.ParentInstanceId is { } parent && e.Status is InstanceStatus.Completed or InstanceStatus.Terminated or InstanceStatus.Errored:
                        next.Add(new Work(parent, new ChildCompleted(state.InstanceId, state.Variables, e.ErrorCode)));
                        break;
                }
            }
        }
        return next;
    }

    private List<string> Subscribers(string name, string key) =>
        subscribers.TryGetValue((name, key), out var list) ? list : subscribers[(name, key)] = [];

    private DateTimeOffset Now => clock.GetUtcNow();
}
