using System.Text.Json;

namespace Oa.Workflows.Runtime;

// TimeToLive > 0: buffered in the instance when no subscription is open yet (Camunda 8 rule);
// otherwise a message without an open subscription is rejected with MessageNotCorrelated.
public sealed record CorrelateMessage(string Name, string CorrelationKey, IReadOnlyDictionary<string, JsonElement>? Variables = null, TimeSpan? TimeToLive = null, string? MessageId = null) : EngineCommand;
