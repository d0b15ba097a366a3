namespace Oa.Host.Data.PrintTemplates;

/// <summary>
/// One version of a process's print template (Scriban; Definitions/Print/&lt;processKey&gt;.scriban or edited on
/// /Designer/PrintTemplate/{processKey}). Versions are never edited: saving or importing a changed text adds one, and
/// the print view uses the newest.
/// </summary>
public sealed class PrintTemplateRecord
{
    public long Id { get; set; }
    public required string ProcessKey { get; set; }
    public int Version { get; set; }
    public required string Content { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
