using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

public sealed record FormContext
{
    public static readonly FormContext Empty = new();

    // Process variables: visible to FEEL (data wins on a name clash) and the source of `valuesKey` options.
    public JsonObject? Variables { get; init; }

    // Null means every field is editable (the start node with no stored data).
    public FieldPermissions? Permissions { get; init; }

    // The instance's current form data; read-only and hidden fields keep these values.
    public JsonObject? ExistingData { get; init; }

    public string Language { get; init; } = "zh-CN";

    // "Today" for datetime `disallowPassedDates`, in the server's local zone.
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    // Numbers an oa-serial field without a value, once the submission is valid.
    public Func<FormComponent, string>? AssignSerial { get; init; }

    // (ledgerKey, recordId) → the record's fields, or null when there is no such record.
    public Func<string, string, JsonObject?>? FindRelatedRecord { get; init; }
}
