using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// Plain immutable data; the executor builds a new one per command and never mutates its input.
public sealed record InstanceState
{
    public required string InstanceId { get; init; }

    public required string ProcessKey { get; init; }

    public string? DefinitionHash { get; init; }

    public string? BusinessKey { get; init; }

    public string? Initiator { get; init; }

    public string? ParentInstanceId { get; init; }

    public InstanceStatus Status { get; init; }

    // Suspended/incident remember what to return to.
    public InstanceStatus? StatusBeforeSuspend { get; init; }

    public long Version { get; init; }

    // Deterministic id source: ids are "{InstanceId}.{n}".
    public long Sequence { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public ImmutableSortedDictionary<string, JsonElement> Variables { get; init; } = ImmutableSortedDictionary<string, JsonElement>.Empty;

    public ImmutableList<Token> Tokens { get; init; } = [];

    public ImmutableList<TaskBookmark> Tasks { get; init; } = [];

    public ImmutableList<TimerBookmark> Timers { get; init; } = [];

    public ImmutableList<MessageBookmark> Subscriptions { get; init; } = [];

    public ImmutableList<JobBookmark> Jobs { get; init; } = [];

    public ImmutableList<ChildBookmark> Children { get; init; } = [];

    public ImmutableList<Incident> Incidents { get; init; } = [];

    public ImmutableList<BufferedMessage> MessageBuffer { get; init; } = [];

    public ImmutableList<CompletedTask> CompletedTasks { get; init; } = [];

    [JsonIgnore]
    public bool IsEnded => Status is InstanceStatus.Completed or InstanceStatus.Terminated or InstanceStatus.Cancelled or InstanceStatus.Errored;
}
