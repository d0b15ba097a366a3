using System.Text.Json;

namespace Oa.Workflows.Tests.Support;

public static class Vars
{
    // Vars.Of(new { amount = 5000, approved = true })
    public static Dictionary<string, JsonElement> Of(object values)
    {
        var element = JsonSerializer.SerializeToElement(values);
        return element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    public static JsonElement Json(object? value) => JsonSerializer.SerializeToElement(value);
}
