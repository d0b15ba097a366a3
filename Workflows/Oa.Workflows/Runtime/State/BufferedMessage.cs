using System.Collections.Immutable;
using System.Text.Json;

namespace Oa.Workflows.Runtime;

// Camunda 8 rule: a message published with a time-to-live waits that long for a subscription
// to open; it is correlated once and then dropped. Expired messages are discarded silently.
public sealed record BufferedMessage(string Name, string CorrelationKey, ImmutableSortedDictionary<string, JsonElement> Variables, DateTimeOffset ExpiresAt, string? MessageId = null);
