using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Oa.Host.Features.Workbench;

/// <summary>
/// <c>&lt;xml-script id="x" value="@xml" /&gt;</c> → <c>&lt;script type="application/xml"&gt;</c> for the diagram island, which
/// reads the element's text. XML cannot be entity-encoded there, so text that could end the script element is refused
/// (nothing is written) instead of escaped; <see cref="InstanceDetails"/> already drops such diagrams.
/// </summary>
[HtmlTargetElement("xml-script", TagStructure = TagStructure.WithoutEndTag)]
public sealed class XmlScriptTagHelper : TagHelper
{
    public string Id { get; set; } = "";

    public string? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Value is null || Value.Contains("</script", StringComparison.OrdinalIgnoreCase) || Value.Contains("<!--", StringComparison.Ordinal))
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "script";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("type", "application/xml");
        output.Attributes.SetAttribute("id", Id);
        output.Content.SetHtmlContent(Value);
    }
}
