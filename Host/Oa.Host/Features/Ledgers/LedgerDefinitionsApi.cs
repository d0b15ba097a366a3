using System.Security.Claims;
using System.Text.Json.Nodes;
using Oa.Host.Identity;

namespace Oa.Host.Features.Ledgers;

/// <summary>POST /api/ledgers/definitions (admins): publishes one ledger definition (the JSON of a <c>.ledger.json</c> file).</summary>
public static class LedgerDefinitionsApi
{
    public static async Task<IResult> Publish(JsonObject? body, ClaimsPrincipal user, LedgerPublisher publisher, CancellationToken ct)
    {
        if (body is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["definition"] = ["缺少定义 (a definition is required)"] });
        var outcome = await publisher.PublishAsync([("definition", body.ToJsonString())], user.UserName(), ct);
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["definition"] = [.. outcome.Problems] });
        var (key, changed) = outcome.Published[0];
        return TypedResults.Ok(new { key, changed });
    }
}
