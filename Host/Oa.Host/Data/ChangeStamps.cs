using Microsoft.EntityFrameworkCore;

namespace Oa.Host.Data;

public static class ChangeStamps
{
    public const string Org = "org";
    public const string Definitions = "definitions";

    /// <summary>Atomically increments an area's counter (creating it on first use); call inside the writer's transaction.</summary>
    public static async Task BumpAsync(this OaDbContext db, string area, CancellationToken ct = default)
    {
        var updated = await db.ChangeStamps.Where(s => s.Area == area)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1), ct);
        if (updated == 0)
        {
            db.ChangeStamps.Add(new ChangeStamp { Area = area, Value = 1 });
            await db.SaveChangesAsync(ct);
        }
    }

    public static async Task<long> ReadAsync(this OaDbContext db, string area, CancellationToken ct = default) =>
        await db.ChangeStamps.AsNoTracking().Where(s => s.Area == area).Select(s => (long?)s.Value).FirstOrDefaultAsync(ct) ?? 0;
}
