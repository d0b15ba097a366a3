namespace Oa.Host.Data.Engine;

/// <summary>One published, immutable version of a process. Running instances keep the version they started on.</summary>
public sealed class ProcessDefinitionRecord
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string? Category { get; set; }
    public string? FormId { get; set; }
    public string BpmnXml { get; set; } = "";
    /// <summary>Hash of the whole file, to skip re-publishing an unchanged file.</summary>
    public string FileHash { get; set; } = "";
    /// <summary>The engine's hash of this process, which instances record to find their version.</summary>
    public string ContentHash { get; set; } = "";
    public string? SourceName { get; set; }
    public DateTimeOffset DeployedAt { get; set; }
    public string? DeployedBy { get; set; }
}
