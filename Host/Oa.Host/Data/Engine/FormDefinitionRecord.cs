namespace Oa.Host.Data.Engine;

/// <summary>One published version of a form-js schema, referenced by formId from the BPMN.</summary>
public sealed class FormDefinitionRecord
{
    public long Id { get; set; }
    public string FormId { get; set; } = "";
    public int Version { get; set; }
    public string SchemaJson { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public string? SourceName { get; set; }
    public DateTimeOffset DeployedAt { get; set; }
    public string? DeployedBy { get; set; }
}
