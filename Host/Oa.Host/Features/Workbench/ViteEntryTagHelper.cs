using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Oa.Host.Features.Workbench;

/// <summary>
/// <c>&lt;vite-entry name="form-viewer" /&gt;</c> in a page's Head section: the island's stylesheets, preloads and
/// module script (modules run after parsing, so the head is the right place and the CSP's script-src 'self' holds).
/// </summary>
[HtmlTargetElement("vite-entry", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ViteEntryTagHelper(IWebHostEnvironment env) : TagHelper
{
    public string Name { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var entry = new ViteManifest(env).For(Name);
        if (entry is null)
        {
            output.Content.SetHtmlContent($"<!-- island {HtmlEncoder.Default.Encode(Name)} not built -->");
            return;
        }
        foreach (var css in entry.Css) output.Content.AppendHtml($"<link rel=\"stylesheet\" href=\"{HtmlEncoder.Default.Encode(css)}\" />\n");
        foreach (var js in entry.Preload) output.Content.AppendHtml($"<link rel=\"modulepreload\" href=\"{HtmlEncoder.Default.Encode(js)}\" />\n");
        output.Content.AppendHtml($"<script type=\"module\" src=\"{HtmlEncoder.Default.Encode(entry.Script)}\"></script>\n");
    }
}
