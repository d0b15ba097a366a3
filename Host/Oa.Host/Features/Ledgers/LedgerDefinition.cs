using System.Text.Json.Nodes;
using Oa.Forms.Schema;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// A ledger (台账): a form-js schema for its records plus how lists show them (columns, filters, default sort),
/// who sees what (<see cref="Access"/>), the natural key processes upsert by (<see cref="MatchField"/>) and
/// optional behaviour by <see cref="Kind"/> (<c>contract</c>: receivable plan, receipts, invoices, computed status).
/// </summary>
public sealed record LedgerDefinition
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required FormSchema Schema { get; init; }
    public required JsonObject FormJson { get; init; }
    public required IReadOnlyList<LedgerField> Fields { get; init; }
    public required IReadOnlyList<string> TitleFields { get; init; }
    public string? MatchField { get; init; }
    public required IReadOnlyList<string> KeywordFields { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<string> Filters { get; init; }
    public string? SortField { get; init; }
    public bool SortDescending { get; init; }
    public required IReadOnlyList<LedgerAccessRule> Access { get; init; }
    public string? Kind { get; init; }
    /// <summary>A field filled with a unique random 8-digit number at creation (投诉编号 for the public lookup).</summary>
    public string? TrackingField { get; init; }
    /// <summary>Public lookup without login: tracking number + this phone field → <see cref="StatusField"/>.</summary>
    public string? PhoneField { get; init; }
    public string? StatusField { get; init; }
    /// <summary>Once this field has a value the record is locked: edits and deletion are refused (服务记录 after the customer's evaluation).</summary>
    public string? LockField { get; init; }
    /// <summary>
    /// Fields only the customer fills, through a signed evaluation link (<see cref="Evaluation.CustomerEvaluation"/>):
    /// staff can neither type nor import them, so an engineer cannot grade (and lock) their own service record.
    /// </summary>
    public IReadOnlyList<string> CustomerFields { get; init; } = [];
    /// <summary>Approved loans (借阅) in another ledger that grant their borrower read access to a record here until the loan ends.</summary>
    public LedgerLoanRule? Loans { get; init; }
    public int SortOrder { get; init; }
    public required string Hash { get; init; }

    public bool IsContract => Kind == "contract";

    public bool IsLocked(System.Text.Json.Nodes.JsonObject data) => LockField is { } f && LedgerIndexer.Text(data[f]) is { Length: > 0 };

    public LedgerField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>Built-in columns every list may show beside the form fields.</summary>
    public static readonly IReadOnlyDictionary<string, string> BuiltInColumns = new Dictionary<string, string>
    {
        ["owner"] = "负责人", ["updatedAt"] = "更新时间", ["createdAt"] = "创建时间", ["status"] = "状态",
    };

    public string ColumnLabel(string column) =>
        Field(column)?.Label ?? (BuiltInColumns.TryGetValue(column, out var label) ? label
            : Schema.AllComponents().FirstOrDefault(c => c.Key == column)?.Label ?? column);
}
