namespace Oa.Host.Data.Engine;

/// <summary>
/// A timer start event of a published process version: when it next starts an instance. DueAt null means used up
/// (a date that fired, or the last repetition of a cycle); the row stays so the version is not scheduled again.
/// </summary>
public sealed class StartTimerRecord
{
    public string Id { get; set; } = "";
    public string ProcessKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string ElementId { get; set; } = "";
    public DateTimeOffset? DueAt { get; set; }
    public string? Cycle { get; set; }
    public int? RepeatsLeft { get; set; }
}
