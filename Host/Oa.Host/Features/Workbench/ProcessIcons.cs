using Microsoft.AspNetCore.Html;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Workbench;

/// <summary>
/// The catalogue's drawing of each process icon the designer offers (ProcessSettingsParser.Icons): a 24×24 line glyph,
/// inline so it needs no request and follows the text colour. A process without an icon shows its name's first character.
/// </summary>
public static class ProcessIcons
{
    // Stroke paths only (fill none, currentColor), drawn for this set; names are exactly ProcessSettingsParser.Icons.
    private static readonly Dictionary<string, string> Glyphs = new(StringComparer.Ordinal)
    {
        ["general"] = """<rect x="4" y="4" width="7" height="7" rx="1.5"/><rect x="13" y="4" width="7" height="7" rx="1.5"/><rect x="4" y="13" width="7" height="7" rx="1.5"/><rect x="13" y="13" width="7" height="7" rx="1.5"/>""",
        ["leave"] = """<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4M9 15.5l2 2 4-4"/>""",
        ["expense"] = """<path d="M6 3h12v18l-3-2-3 2-3-2-3 2z"/><path d="M9 8h6M9 12h6M9 16h3"/>""",
        ["purchase"] = """<path d="M3 4h2l2.4 11h10.6l2-8H6.3"/><circle cx="9" cy="19.5" r="1.5"/><circle cx="17" cy="19.5" r="1.5"/>""",
        ["contract"] = """<path d="M14 3H6v18h12V7z"/><path d="M14 3v4h4M9 11h6M9 15h3M13 18c1-1.5 2-1.5 2.5 0s1.5.5 2-.5"/>""",
        ["seal"] = """<circle cx="12" cy="6" r="3"/><path d="M10.5 9v3M13.5 9v3"/><rect x="5" y="12" width="14" height="5" rx="1"/><path d="M5 20h14"/>""",
        ["travel"] = """<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2M3 13h18"/>""",
        ["car"] = """<path d="M3 16v-3l2-6h14l2 6v3z"/><path d="M3 13h18"/><circle cx="7.5" cy="17.5" r="1.8"/><circle cx="16.5" cy="17.5" r="1.8"/>""",
        ["meeting"] = """<path d="M4 5h11v8H8.5L4 16z"/><path d="M18 9h2v10l-3-2.5h-7V15"/>""",
        ["document"] = """<path d="M6 3h9l4 4v14H6z"/><path d="M15 3v4h4M9 11h7M9 15h7M9 7h3"/>""",
        ["payment"] = """<circle cx="12" cy="12" r="9"/><path d="M9 7l3 4 3-4M12 11v7M9 12.5h6M9 15.5h6"/>""",
        ["people"] = """<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>""",
    };

    public static IReadOnlyCollection<string> Names => Glyphs.Keys;

    /// <summary>Every drawing as the &lt;svg&gt; the catalogue writes, for the designer's icon picker (sent once with its options),
    /// so both show the same glyph and the drawings live only here.</summary>
    public static IReadOnlyDictionary<string, string> Drawings() => Glyphs.Keys.ToDictionary(n => n, n => Svg(n).ToString()!, StringComparer.Ordinal);

    /// <summary>The known icon name, or null (no icon, or one this build does not draw).</summary>
    public static string? Known(string? name) => name is not null && Glyphs.ContainsKey(name) ? name : null;

    public static IHtmlContent Svg(string name) => new HtmlString(
        $"""<svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" focusable="false">{Glyphs[name]}</svg>""");

    /// <summary>Every icon the designer may write has a drawing (checked by a test, so a new name cannot ship blank).</summary>
    public static IEnumerable<string> Undrawn => ProcessSettingsParser.Icons.Where(i => !Glyphs.ContainsKey(i));
}
