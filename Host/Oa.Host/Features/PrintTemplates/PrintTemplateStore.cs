using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.PrintTemplates;

namespace Oa.Host.Features.PrintTemplates;

/// <summary>
/// Print templates by process key, versioned like the definitions: publishing the same text again adds nothing, a
/// changed text becomes the next version. Definitions/Print/&lt;processKey&gt;.scriban files are imported with the
/// processes (first start and <c>import-definitions</c>).
/// </summary>
public sealed class PrintTemplateStore(OaDbContext db, TimeProvider clock, ILogger<PrintTemplateStore> log)
{
    public const string Extension = ".scriban";

    public sealed record Published(string ProcessKey, int Version, bool Changed);

    public Task<PrintTemplateRecord?> LatestAsync(string processKey, CancellationToken ct) =>
        db.PrintTemplates.AsNoTracking().Where(t => t.ProcessKey == processKey).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct);

    public async Task<Published> PublishAsync(string processKey, string content, string user, CancellationToken ct)
    {
        var text = content.Replace("\r\n", "\n");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var latest = await LatestAsync(processKey, ct);
        if (latest?.ContentHash == hash) return new Published(processKey, latest.Version, false);
        var row = new PrintTemplateRecord
        {
            ProcessKey = processKey, Version = (latest?.Version ?? 0) + 1, Content = text, ContentHash = hash, CreatedAt = clock.GetUtcNow(), CreatedBy = user,
        };
        db.PrintTemplates.Add(row);
        await db.SaveChangesAsync(ct); // two saves at once: the unique (key, version) index refuses the second
        return new Published(processKey, row.Version, true);
    }

    /// <summary>Every <c>*.scriban</c> of the folder; a template that does not parse is reported and skipped.</summary>
    public async Task<bool> ImportFolderAsync(string dir, CancellationToken ct)
    {
        if (!Directory.Exists(dir)) return true;
        var ok = true;
        foreach (var file in Directory.GetFiles(dir, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var key = Path.GetFileNameWithoutExtension(file);
            var content = await File.ReadAllTextAsync(file, ct);
            if (PrintTemplateRenderer.Problem(content) is { } problem)
            {
                log.LogError("Print template {File}: {Problem}", file, problem);
                ok = false;
                continue;
            }
            var published = await PublishAsync(key, content, "system", ct);
            if (published.Changed) log.LogInformation("Print template {Key} version {Version}", key, published.Version);
        }
        return ok;
    }
}
