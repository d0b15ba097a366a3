using System.Text.Json.Nodes;

namespace Oa.Forms.Permissions;

public sealed record FormViewResult(JsonObject Schema, JsonObject Data);
