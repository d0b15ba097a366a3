namespace Oa.Host.Data.Ledgers;

/// <summary>A published ledger definition (台账定义): the JSON file as imported, one row per ledger key.</summary>
public sealed class LedgerDefinitionRecord
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Json { get; set; }
    public required string ContentHash { get; set; }
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
