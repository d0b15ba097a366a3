using System.Text.Json.Nodes;

namespace Oa.Forms.Schema;

public sealed record FormOption(string Label, JsonNode? Value);
