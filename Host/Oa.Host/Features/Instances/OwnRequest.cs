using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Features.Tasks;
using Oa.Host.Identity;

namespace Oa.Host.Features.Instances;

/// <summary>
/// The opening the applicant's own actions share (撤回, 催办, 撤销): the request, or the answer when it is not the caller's.
/// Someone who may not see the request learns nothing (404, as for a request that does not exist); someone who may
/// (an approver, a CC) is told it is not theirs (403).
/// </summary>
internal static class OwnRequest
{
    internal static async Task<(ProcessInstanceRecord? Row, IResult? Refusal)> LoadAsync(string id, ClaimsPrincipal principal, OaDbContext db, CancellationToken ct)
    {
        var row = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (row is null || !await TaskAccess.CanSeeInstanceAsync(db, row, principal, ct)) return (null, TypedResults.NotFound());
        if (!string.Equals(row.Initiator, principal.UserName(), StringComparison.OrdinalIgnoreCase)) return (null, TypedResults.Forbid());
        return (row, null);
    }
}
