using System.Text.Json.Nodes;
using Oa.Host.Data.Ledgers;
using Oa.Host.Features.Ledgers.Contracts;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Ledgers;

/// <summary>A record as the API returns it; <c>fields</c> is the form data (what an oa-related-record field copies from).</summary>
public sealed record LedgerRecordView(
    long Id, string LedgerKey, string Title, JsonObject Fields, string Owner, string? OwnerName, string? OwnerDepartmentId,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy, int Version, string? Status, ContractSummary? Contract)
{
    public static LedgerRecordView From(LedgerDefinition ledger, LedgerRecord r, OrgSnapshot org, DateOnly today)
    {
        var data = JsonNode.Parse(r.DataJson)?.AsObject() ?? [];
        var contract = ledger.IsContract ? ContractStatus.Compute(data, today) : null;
        var status = contract?.Status ?? (ledger.StatusField is { } s ? LedgerIndexer.Display(ledger, s, data) : null);
        return new LedgerRecordView(r.Id, r.LedgerKey, r.Title, data, r.OwnerUserName, org.GetUser(r.OwnerUserName)?.DisplayName, r.OwnerDepartmentId,
            r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy, r.Version, status, contract);
    }
}

public sealed record LookupItem(long Id, string Title, JsonObject Fields);

public sealed record LedgerColumnView(string Key, string Label);

public sealed record LedgerFilterView(string Key, string Label, string Kind, IReadOnlyList<LedgerOptionView>? Options);

public sealed record LedgerOptionView(string Value, string Label);

public sealed record LedgerView(string Key, string Name, string? Description, string Scope, bool CanWrite, IReadOnlyList<LedgerColumnView> Columns,
    IReadOnlyList<LedgerFilterView> Filters, string? Kind)
{
    public static LedgerView From(LedgerDefinition d, LedgerAccess access) => new(d.Key, d.Name, d.Description, access.Scope.ToString().ToLowerInvariant(), access.CanWrite,
        d.Columns.Select(c => new LedgerColumnView(c, d.ColumnLabel(c))).ToList(),
        d.Filters.Select(f => d.Field(f)!).Select(f => new LedgerFilterView(f.Key, f.Label, f.FilterKind,
            f.Component.Values?.Select(o => new LedgerOptionView(o.Value?.ToString() ?? "", o.Label)).ToList()
            ?? (f.Kind == Oa.Forms.Schema.ComponentKind.Checkbox ? [new("true", "是"), new("false", "否")] : null))).ToList(), d.Kind);
}

public sealed record LedgerDefinitionView(LedgerView Ledger, JsonObject Form);

/// <param name="Fields">The form data; for an update only the fields to change (others keep their values).</param>
/// <param name="Version">For an update: the version the caller read (a stale one is answered 409).</param>
public sealed record LedgerRecordInput(JsonObject? Fields, int? Version);

public sealed record LedgerAuditView(long Id, string Action, string UserName, DateTimeOffset At, string? Source, JsonNode? Changes);
