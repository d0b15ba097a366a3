using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oa.Workflows.Approvals;

// The bpmn-js moddle extension for the oa: namespace, generated from OaSchema so the designer and the
// parser share one vocabulary. Approvals/oa.json is this output checked in for the ClientApp build;
// a test fails when it is stale (rerun the tests with OA_WRITE_MODDLE=1 to rewrite it).
public static class OaModdle
{
    public static string Descriptor { get; } = Build();

    static string Build()
    {
        var types = new JsonArray();
        foreach (var (element, attributes) in OaSchema.Attributes)
        {
            var properties = new JsonArray();
            foreach (var attribute in attributes)
                properties.Add(new JsonObject
                {
                    ["name"] = attribute,
                    ["isAttr"] = true,
                    ["type"] = OaSchema.AttributeTypes.GetValueOrDefault(attribute, "String"),
                });
            foreach (var child in OaSchema.Children.GetValueOrDefault(element, []))
                properties.Add(new JsonObject { ["name"] = child + "s", ["type"] = TypeName(child), ["isMany"] = true });

            var type = new JsonObject { ["name"] = TypeName(element), ["superClass"] = new JsonArray("Element") };
            if (OaSchema.AllowedIn.TryGetValue(element, out var host))
                type["meta"] = new JsonObject { ["allowedIn"] = new JsonArray(host) };
            type["properties"] = properties;
            types.Add(type);
        }

        var descriptor = new JsonObject
        {
            ["name"] = "OA",
            ["prefix"] = OaSchema.Prefix,
            ["uri"] = OaSchema.NamespaceUri,
            ["xml"] = new JsonObject { ["tagAlias"] = "lowerCase" }, // type Approval ↔ element oa:approval
            ["associations"] = new JsonArray(),
            ["enumerations"] = new JsonArray(),
            ["types"] = types,
        };
        return descriptor.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    static string TypeName(string element) => char.ToUpperInvariant(element[0]) + element[1..];
}
