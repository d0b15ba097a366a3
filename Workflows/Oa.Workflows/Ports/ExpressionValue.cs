using System.Text.Json;

namespace Oa.Workflows.Ports;

// Value is JSON null (ValueKind.Null) when the expression yields null; Error is set when evaluation failed.
public readonly record struct ExpressionValue(JsonElement Value, string? Error)
{
    public bool IsError => Error is not null;

    public bool IsTrue => Error is null && Value.ValueKind == JsonValueKind.True;
}
