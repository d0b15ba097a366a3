using System.Security.Claims;
using System.Text.Json.Nodes;

namespace Oa.Host.Features.Ledgers.Evaluation;

/// <summary>POST /api/ledgers/{key}/records/{id}/evaluation-link: whoever may edit the record sends the customer a link.</summary>
public static class EvaluationLinkApi
{
    public static async Task<IResult> Issue(string key, long id, HttpContext http, ClaimsPrincipal user, LedgerGate gate, CustomerEvaluation links, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o || await gate.FindAsync(o, id, false, ct) is not { } record) return TypedResults.NotFound();
        if (!o.Access.CanEdit(record)) return TypedResults.Forbid();
        if (o.Ledger.CustomerFields.Count == 0)
            return TypedResults.Problem(statusCode: 400, title: $"{o.Ledger.Name}没有客户评价字段 (this ledger has no customer evaluation)");
        if (o.Ledger.IsLocked(JsonNode.Parse(record.DataJson)!.AsObject()))
            return TypedResults.Problem(statusCode: 409, title: "客户已评价 (the customer has already evaluated this record)");
        var link = links.Issue(key, id, http.Request);
        return TypedResults.Ok(new { url = link.Url, link.ExpiresAt });
    }
}
