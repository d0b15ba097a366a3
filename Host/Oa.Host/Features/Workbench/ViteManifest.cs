using System.Text.Json;

namespace Oa.Host.Features.Workbench;

/// <summary>
/// Reads wwwroot/dist/manifest.json (written by the Vite build) and lists what a page needs for one island entry:
/// its stylesheets, the shared chunks to preload, and the module script. Cached until the file changes, so a
/// rebuilt ClientApp is picked up without a restart.
/// </summary>
public sealed class ViteManifest(IWebHostEnvironment env)
{
    public sealed record Entry(IReadOnlyList<string> Css, IReadOnlyList<string> Preload, string Script);

    private static readonly Lock Gate = new();
    private static (string Path, DateTime Stamp, Dictionary<string, JsonElement> Chunks)? _cache;

    /// <summary>The entry's files as /dist/… URLs, or null when the build is missing (the page still renders, without the island).</summary>
    public Entry? For(string name)
    {
        var chunks = Load();
        if (chunks is null || !chunks.TryGetValue($"src/entries/{name}.js", out var entry)) return null;
        var css = new List<string>();
        var preload = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(chunks, entry, css, preload, seen, isEntry: true);
        return new Entry(css, preload, "/dist/" + entry.GetProperty("file").GetString());
    }

    private static void Collect(Dictionary<string, JsonElement> chunks, JsonElement chunk, List<string> css, List<string> preload, HashSet<string> seen, bool isEntry)
    {
        if (!isEntry) preload.Add("/dist/" + chunk.GetProperty("file").GetString());
        if (chunk.TryGetProperty("css", out var styles))
            foreach (var s in styles.EnumerateArray())
                if (!css.Contains("/dist/" + s.GetString())) css.Add("/dist/" + s.GetString());
        if (!chunk.TryGetProperty("imports", out var imports)) return;
        foreach (var i in imports.EnumerateArray())
            if (i.GetString() is { } key && seen.Add(key) && chunks.TryGetValue(key, out var imported))
                Collect(chunks, imported, css, preload, seen, isEntry: false);
    }

    private Dictionary<string, JsonElement>? Load()
    {
        var path = Path.Combine(env.WebRootPath ?? Path.Combine(env.ContentRootPath, "wwwroot"), "dist", "manifest.json");
        if (!File.Exists(path)) return null;
        var stamp = File.GetLastWriteTimeUtc(path);
        lock (Gate)
        {
            if (_cache is { } c && c.Path == path && c.Stamp == stamp) return c.Chunks;
            var chunks = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(path)) ?? [];
            _cache = (path, stamp, chunks);
            return chunks;
        }
    }
}
