namespace Oa.EndToEnd.Tests.Security;

/// <summary>
/// What the sweep types into every text: markup that runs script if a page ever writes it as HTML (an element with an
/// event handler, a script element, an attribute break-out) and a template expression that runs if a client-side
/// template engine evaluates it. Each starts with a label, so a page is checked for the exact text it should show.
/// Every variant sets the global <c>__xss</c>, which the probe reads.
/// </summary>
public static class XssPayload
{
    public static string For(string label) =>
        label + "<img src=x onerror=\"__xss=1\">\"><script>__xss=2</script>'><svg onload=__xss=3>{{constructor.constructor('__xss=4')()}}";

    /// <summary>For a file name, which may not contain a path (no slash, no colon), so no closing tag either.</summary>
    public static string FileName(string label) => label + "<img src=x onerror=\"__xss=5\">'><svg onload=__xss=6>.txt";

    /// <summary>A value a careless page might put in a link's href.</summary>
    public const string Link = "javascript:__xss=7";
}
