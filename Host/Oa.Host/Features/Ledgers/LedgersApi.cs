using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Shared;
using Oa.Host.Identity;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// /api/ledgers: the ledgers the caller may read, and their records. Lists answer a JSON array (what the
/// oa-related-record picker reads) with the total in the <c>X-Total-Count</c> header.
/// </summary>
public static class LedgersApi
{
    public static void MapLedgersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ledgers").WithTags("Ledgers");
        api.MapGet("/", List);
        api.MapPost("/definitions", LedgerDefinitionsApi.Publish).RequireAuthorization(Policies.Admin);
        api.MapGet("/{key}", Get);
        api.MapGet("/{key}/records", Records);
        api.MapGet("/{key}/lookup", Lookup);
        api.MapGet("/{key}/records/{id:long}", GetRecord);
        api.MapGet("/{key}/records/{id:long}/history", History);
        api.MapPost("/{key}/records", Create);
        api.MapPut("/{key}/records/{id:long}", Update);
        api.MapDelete("/{key}/records/{id:long}", Delete);
        api.MapPost("/{key}/records/{id:long}/evaluation-link", Evaluation.EvaluationLinkApi.Issue);
        api.MapGet("/{key}/export", LedgerExport.Export);
        api.MapPost("/{key}/import", LedgerImportApi.Import).DisableAntiforgery();
        api.MapGet("/{key}/overdue", Contracts.OverdueView.Get);
        api.MapGet("/{key}/report", LedgerReport.Get);
    }

    private static async Task<IResult> List(ClaimsPrincipal user, LedgerGate gate, CancellationToken ct) =>
        TypedResults.Ok((await gate.VisibleAsync(user, ct)).Select(o => LedgerView.From(o.Ledger, o.Access)).ToList());

    private static async Task<IResult> Get(string key, ClaimsPrincipal user, LedgerGate gate, CancellationToken ct) =>
        await gate.OpenAsync(key, user, ct) is { } o
            ? TypedResults.Ok(new LedgerDefinitionView(LedgerView.From(o.Ledger, o.Access), o.Ledger.FormJson))
            : TypedResults.NotFound();

    private static async Task<IResult> Records(string key, HttpContext http, ClaimsPrincipal user, LedgerGate gate, OaDbContext db, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o) return TypedResults.NotFound();
        var query = LedgerListQuery.From(http.Request.Query);
        var errors = new FieldErrors();
        var records = query.Apply(db, o.Ledger, o.Access, errors);
        if (errors.Any) return errors.ToResult();
        http.Response.Headers["X-Total-Count"] = (await records.CountAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await records.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return TypedResults.Ok(page.Select(r => gate.View(o, r)).ToList());
    }

    /// <summary>For the oa-related-record field: the best 20 matches with the fields a form may copy.</summary>
    private static async Task<IResult> Lookup(string key, string? q, ClaimsPrincipal user, LedgerGate gate, OaDbContext db, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o) return TypedResults.NotFound();
        var errors = new FieldErrors();
        var records = new LedgerListQuery(q?.Trim(), new Dictionary<string, string>(), null, "-updatedAt", 1, 20).Apply(db, o.Ledger, o.Access, errors);
        var rows = await records.Take(20).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => new LookupItem(r.Id, r.Title, JsonNode.Parse(r.DataJson)!.AsObject())).ToList());
    }

    private static async Task<IResult> GetRecord(string key, long id, ClaimsPrincipal user, LedgerGate gate, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o || await gate.FindAsync(o, id, false, ct) is not { } record) return TypedResults.NotFound();
        return TypedResults.Ok(gate.View(o, record));
    }

    private static async Task<IResult> History(string key, long id, ClaimsPrincipal user, LedgerGate gate, OaDbContext db, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o || await gate.FindAsync(o, id, false, ct) is null) return TypedResults.NotFound();
        var rows = await db.LedgerAudit.AsNoTracking().Where(a => a.LedgerKey == key && a.RecordId == id).OrderBy(a => a.Id).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(a => new LedgerAuditView(a.Id, a.Action, a.UserName, a.At, a.Source, JsonNode.Parse(a.ChangesJson))).ToList());
    }

    private static async Task<IResult> Create(string key, LedgerRecordInput? input, ClaimsPrincipal user, LedgerGate gate, LedgerWriter writer, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o) return TypedResults.NotFound();
        if (!o.Access.CanWrite) return TypedResults.Forbid();
        if (input?.Fields is null) return new FieldErrors().Add("fields", "缺少表单数据 (fields is required)").ToResult();
        return Answer(gate, o, await writer.CreateAsync(o.Ledger, input.Fields, o.Access.UserName, Change(user, "api"), ct), created: true);
    }

    private static async Task<IResult> Update(string key, long id, LedgerRecordInput? input, ClaimsPrincipal user, LedgerGate gate, LedgerWriter writer, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o || await gate.FindAsync(o, id, true, ct) is not { } record) return TypedResults.NotFound();
        if (!o.Access.CanEdit(record)) return TypedResults.Forbid();
        if (input?.Fields is null) return new FieldErrors().Add("fields", "缺少表单数据 (fields is required)").ToResult();
        return Answer(gate, o, await writer.UpdateAsync(o.Ledger, record, input.Fields, input.Version, Change(user, "api"), ct), created: false);
    }

    private static async Task<IResult> Delete(string key, long id, int? version, ClaimsPrincipal user, LedgerGate gate, LedgerWriter writer, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o || await gate.FindAsync(o, id, true, ct) is not { } record) return TypedResults.NotFound();
        if (!o.Access.CanEdit(record)) return TypedResults.Forbid();
        return await writer.DeleteAsync(o.Ledger, record, version, Change(user, "api"), ct) switch
        {
            LedgerWriteResult.Conflict => TypedResults.Conflict(),
            LedgerWriteResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            _ => TypedResults.NoContent(),
        };
    }

    internal static LedgerWriter.Change Change(ClaimsPrincipal user, string source) => new(user.UserName(), source, UiText.IsEnglish ? "en" : "zh-CN");

    private static IResult Answer(LedgerGate gate, LedgerGate.Opened o, LedgerWriteResult result, bool created) => result switch
    {
        LedgerWriteResult.Ok ok when created => TypedResults.Created($"/api/ledgers/{o.Ledger.Key}/records/{ok.Record.Id}", gate.View(o, ok.Record)),
        LedgerWriteResult.Ok ok => TypedResults.Ok(gate.View(o, ok.Record)),
        LedgerWriteResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
        _ => TypedResults.Conflict(),
    };
}
