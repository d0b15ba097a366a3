using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Oa.Host.Features.Workbench;

/// <summary>
/// <c>&lt;json-script id="x" value="@obj" /&gt;</c> → <c>&lt;script type="application/json" id="x"&gt;…&lt;/script&gt;</c> for the islands.
/// The JSON encoder escapes &lt; &gt; &amp; ' and + (Chinese stays readable), so user data can never close the script
/// element or start markup; this is the only place the workbench writes unencoded HTML.
/// </summary>
[HtmlTargetElement("json-script", TagStructure = TagStructure.WithoutEndTag)]
public sealed class JsonScriptTagHelper : TagHelper
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string Id { get; set; } = "";

    public object? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "script";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("type", "application/json");
        output.Attributes.SetAttribute("id", Id);
        output.Content.SetHtmlContent(JsonSerializer.Serialize(Value, Options));
    }
}
