using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;

namespace Oa.Host.Features.Files;

/// <summary>
/// Attaches uploads to the request whose form data names them. Only the caller's own unattached uploads are taken:
/// naming someone else's file id in a form must not hand out access to it (IDOR through the link step).
/// </summary>
public static class FileLinks
{
    public static async Task<int> AttachToInstanceAsync(OaDbContext db, string instanceId, JsonNode? data, string user, DateTimeOffset now, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Collect(data, ids);
        if (ids.Count == 0) return 0;
        var files = await db.Files.Where(f => ids.Contains(f.Id) && f.UploadedBy == user && f.InstanceId == null && f.LedgerRecordId == null).ToListAsync(ct);
        foreach (var f in files) (f.InstanceId, f.AttachedAt) = (instanceId, now);
        await db.SaveChangesAsync(ct);
        return files.Count;
    }

    // oa-attachments values are arrays of { id, name, size }, possibly inside dynamic lists: walk the whole tree.
    private static void Collect(JsonNode? node, HashSet<string> ids)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) && id.Length == 32) ids.Add(id);
                    Collect(item, ids);
                }
                break;
            case JsonObject obj:
                foreach (var (_, child) in obj) Collect(child, ids);
                break;
        }
    }
}
