using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Forms.Schema;
using Oa.Host.Data;
using Oa.Host.Features.Org;
using Oa.Host.Identity;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// Server side of the oa-related-record field: before a form is processed, loads the ledger records the submission
/// points at — only those in the submitting user's data scope — so Oa.Forms can copy their fields (its lookup is
/// synchronous). A record outside the scope is "not found", exactly like a record that does not exist.
/// </summary>
public sealed class LedgerRelatedRecords(OaDbContext db, LedgerCatalog catalog, OrgCache org)
{
    public async Task<Func<string, string, JsonObject?>?> PreloadAsync(FormSchema schema, JsonObject submitted, string userName, CancellationToken ct)
    {
        var fields = schema.AllComponents().Where(c => c.Kind == ComponentKind.OaRelatedRecord && c.RelatedRecord is not null && c.Key is not null).ToList();
        if (fields.Count == 0) return null;
        var snapshot = await org.GetAsync(ct);
        var found = new Dictionary<(string Ledger, string Id), JsonObject>();
        foreach (var group in fields.GroupBy(f => f.RelatedRecord!.LedgerKey))
        {
            if (await catalog.GetAsync(db, group.Key, ct) is not { } ledger) continue;
            var access = LedgerAccess.For(ledger, PrincipalOf(userName, ledger.Access.Select(r => r.Role), snapshot), snapshot);
            var ids = group.SelectMany(f => IdsUnder(submitted, f.Key!)).Distinct().ToList();
            if (ids.Count == 0 || !access.CanRead) continue;
            var rows = await access.Filter(db.LedgerRecords.AsNoTracking().Where(r => r.LedgerKey == ledger.Key && ids.Contains(r.Id))).ToListAsync(ct);
            foreach (var r in rows) found[(ledger.Key, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))] = JsonNode.Parse(r.DataJson)!.AsObject();
        }
        return (ledger, id) => found.TryGetValue((ledger, id), out var data) ? data.DeepClone().AsObject() : null;
    }

    /// <summary>Which of these roles a user holds, from the org snapshot (code acting for a user has a name, not a principal).</summary>
    public static ClaimsPrincipal PrincipalOf(string userName, IEnumerable<string> roles, OrgSnapshot org)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, userName) };
        foreach (var role in roles.Append(Roles.Admin).Where(r => r != "*").Distinct())
            if (org.MembersOfRole(role).Contains(userName, StringComparer.OrdinalIgnoreCase)) claims.Add(new Claim(ClaimTypes.Role, role));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "org"));
    }

    // Values of the field anywhere in the data (top level or inside repeating rows): { id, title } or a bare id.
    private static IEnumerable<long> IdsUnder(JsonNode? node, string key)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    if (k == key && (v is JsonObject picked ? picked["id"] ?? picked["recordId"] : v) is { } idNode
                        && long.TryParse(LedgerIndexer.Text(idNode), out var id)) yield return id;
                    foreach (var nested in IdsUnder(v, key)) yield return nested;
                }
                break;
            case JsonArray a:
                foreach (var item in a) foreach (var nested in IdsUnder(item, key)) yield return nested;
                break;
        }
    }
}
