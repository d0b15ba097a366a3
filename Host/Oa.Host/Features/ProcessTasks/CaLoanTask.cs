using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Engine;
using Oa.Host.Features.Ledgers;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.ProcessTasks;

/// <summary>
/// <c>oa-ca-loan</c> (ca-loan.bpmn): the loan state of the certificate picked in the form (<c>ca</c>, a related record of
/// the ca-certificates ledger). Header <c>action</c>: <c>issue</c> after 发放CA — 借出, current borrower, due date and a new
/// 借用记录 row for this request; <c>return</c> after 归还确认 — back 在库 (遗失 when returned as lost) and the request's row
/// gets the return date and state. Idempotent per job through the ledger audit's job id.
/// </summary>
public sealed class CaLoanTask(LedgerCatalog catalog, LedgerWriter writer, OrgCache orgCache) : IHostServiceTask
{
    public const string TaskType = "oa-ca-loan", LedgerKey = "ca-certificates";

    public string Type => TaskType;

    public async Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct)
    {
        var db = context.Db;
        var action = context.Headers.GetValueOrDefault("action");
        if (action is not ("issue" or "return")) throw new InvalidOperationException($"{TaskType}: header action must be issue or return on {context.ElementId}");
        var none = new Dictionary<string, JsonElement>();
        if (await db.LedgerAudit.AsNoTracking().AnyAsync(a => a.JobId == context.JobId, ct)) return none;

        var ledger = await catalog.GetAsync(db, LedgerKey, ct) ?? throw new InvalidOperationException($"{TaskType}: no ledger '{LedgerKey}'");
        var id = context.Variables.TryGetValue("ca", out var ca) && ca.ValueKind == JsonValueKind.Object && ca.TryGetProperty("id", out var idValue)
            && idValue.TryGetInt64(out var parsed) ? parsed : (long?)null;
        var record = id is null ? null : await db.LedgerRecords.Include(r => r.Values).FirstOrDefaultAsync(r => r.Id == id && r.LedgerKey == LedgerKey, ct);
        if (record is null) throw new ServiceTaskBusinessError("NO_CERTIFICATE", "借用的证书不在 CA/资质证书登记中 (the certificate is not in the register)");
        var data = JsonNode.Parse(record.DataJson)!.AsObject();
        var loans = data["loans"] as JsonArray ?? [];
        var request = context.InstanceId;
        JsonObject change;
        if (action == "issue")
        {
            var org = await orgCache.GetAsync(ct);
            var borrower = context.Initiator is { } u ? org.GetUser(u)?.DisplayName ?? u : "";
            loans.Add(new JsonObject
            {
                ["borrower"] = borrower, ["project"] = Text(context, "project"), ["issuedOn"] = Text(context, "handoverDate") ?? Text(context, "borrowDate"),
                ["dueDate"] = Text(context, "dueDate"), ["request"] = request,
            });
            change = new JsonObject { ["loanState"] = "out", ["borrower"] = borrower, ["loanDue"] = Text(context, "dueDate"), ["loans"] = loans.DeepClone() };
        }
        else
        {
            var state = Text(context, "returnState") ?? "ok";
            if (loans.OfType<JsonObject>().LastOrDefault(l => l["request"]?.ToString() == request) is { } row)
                (row["returnedOn"], row["returnState"]) = (Text(context, "returnDate"), state);
            change = new JsonObject { ["loanState"] = state == "lost" ? "lost" : "in", ["borrower"] = null, ["loanDue"] = null, ["loans"] = loans.DeepClone() };
        }
        var written = await writer.UpdateAsync(ledger, record, change, null, new LedgerWriter.Change(context.Initiator ?? "system", $"process:{request}", JobId: context.JobId), ct);
        return written switch
        {
            LedgerWriteResult.Ok => none,
            LedgerWriteResult.Invalid invalid => throw new ServiceTaskBusinessError("LEDGER_INVALID",
                string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"))),
            _ => throw new InvalidOperationException($"{TaskType}: the certificate changed concurrently; the job will be retried"),
        };
    }

    private static string? Text(HostServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
