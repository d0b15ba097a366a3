using System.Text.Json.Nodes;
using Oa.Forms.Schema;

namespace Oa.Forms.Tests.Fuzz;

// Generates plausible-but-random form-js schemas and submissions from a seed.
internal sealed class SchemaFuzzer(int seed)
{
    private readonly Random random = new(seed);
    private int ids;

    private static readonly string[] Keys = ["a", "b", "c", "amount", "items", "x.y", "name", "this", "total", "年龄"];
    private static readonly string[] Feel =
    [
        "=a > 1", "=b = \"x\"", "=amount", "=sum(items.amount)", "=this.a", "=count(items) > 2", "=not(c)", "=a +",
        "=if a then b else c", "=[1,2,3]", "=x.y * 2", "=null", "=\"s\" + 1", "a > 1", "",
        "=items[1].amount", "=string length(name) > 3", "=date(\"2026-01-01\")", "={ label: \"l\", value: 1 }",
    ];

    public string SchemaJson()
    {
        ids = 0;
        var root = new JsonObject { ["type"] = Pick(["default", "default", "other"]), ["components"] = Components(0) };
        return Mutate(root.ToJsonString());
    }

    private JsonArray Components(int depth)
    {
        var array = new JsonArray();
        var n = random.Next(depth == 0 ? 8 : 4);
        for (var i = 0; i < n; i++) array.Add(Component(depth));
        return array;
    }

    private JsonNode? Component(int depth)
    {
        if (random.Next(40) == 0) return Value(0);
        var types = ComponentTypes.Names.Append("bogus").ToArray();
        var type = types[random.Next(types.Length)];
        var c = new JsonObject { ["type"] = type, ["id"] = random.Next(30) == 0 ? "dup" : $"C{++ids}" };
        if (random.Next(10) > 0) c["key"] = Pick(Keys) + (random.Next(3) == 0 ? "" : ids.ToString());
        if (type is "group" or "dynamiclist")
        {
            if (random.Next(5) > 0) c["path"] = Pick(Keys) + ids;
            if (depth < 3) c["components"] = Components(depth + 1);
            if (random.Next(3) == 0) c["minRows"] = random.Next(-1, 3);
            if (random.Next(3) == 0) c["maxRows"] = random.Next(0, 4);
        }
        if (random.Next(3) == 0) c["conditional"] = new JsonObject { ["hide"] = Pick(Feel) };
        if (type == "expression" || random.Next(8) == 0) c["expression"] = Pick(Feel);
        if (random.Next(3) == 0) c["validate"] = Validate();
        if (random.Next(3) == 0) c["values"] = new JsonArray(new JsonObject { ["label"] = "l", ["value"] = Value(1) }, new JsonObject { ["label"] = "m", ["value"] = "v" });
        if (random.Next(6) == 0) c["valuesKey"] = Pick(Keys);
        if (random.Next(6) == 0) c["valuesExpression"] = Pick(Feel);
        if (random.Next(4) == 0) c["decimalDigits"] = random.Next(-1, 4);
        if (random.Next(6) == 0) c["increment"] = Pick<JsonNode?>([0.5, 0, -1, "0.01", "abc"]);
        if (random.Next(4) == 0) c["subtype"] = Pick(["date", "time", "datetime", "x"]);
        if (random.Next(6) == 0) c["timeSerializingFormat"] = Pick(["utc_offset", "utc_normalized", "no_timezone"]);
        if (random.Next(5) == 0) c["multiple"] = random.Next(2) == 0;
        if (random.Next(6) == 0) c["readonly"] = Pick<JsonNode?>([true, false, "=a", "=("]);
        if (random.Next(8) == 0) c["defaultValue"] = Value(1);
        if (type == "oa-related-record" && random.Next(4) > 0)
        {
            c["ledgerKey"] = "ledger";
            c["mapping"] = new JsonObject { ["f"] = Pick(Keys), ["g"] = 1 };
        }
        if (type == "oa-attachments") { c["maxSize"] = random.Next(-1, 100); c["maxFiles"] = random.Next(0, 3); c["accept"] = ".pdf,image/*"; }
        return c;
    }

    private JsonObject Validate()
    {
        var v = new JsonObject();
        if (random.Next(2) == 0) v["required"] = random.Next(2) == 0;
        foreach (var limit in new[] { "min", "max", "minLength", "maxLength" })
            if (random.Next(3) == 0) v[limit] = Pick<JsonNode?>([0, 3, -2.5, "=a", "=a +", "x", null]);
        if (random.Next(4) == 0) v["pattern"] = Pick(["^[0-9]+$", "(", "^(a+)+$", "a"]);
        if (random.Next(4) == 0) v["validationType"] = Pick(["email", "phone", "", "bogus"]);
        return v;
    }

    public JsonObject Data(FormSchema? schema, int depth = 0)
    {
        var data = new JsonObject();
        var keys = schema?.AllComponents().SelectMany(c => c.DataPath.Take(1)).Distinct().ToList() ?? [];
        keys.AddRange(Keys);
        foreach (var key in keys)
            if (random.Next(3) > 0) data[key] = Value(depth);
        return data;
    }

    public JsonNode? Value(int depth) => random.Next(depth > 2 ? 9 : 12) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(-1000, 1000) / Pick<decimal>([1m, 10m, 1000m]),
        3 => Pick(["", "a", "2026-12-01", "09:30+08:00", "2026-12-01T09:30Z", "13800138000", "x@y.cn", "data:image/png;base64,AAAA"]),
        4 => JsonNode.Parse(Pick(["1e300", "-0", "79228162514264337593543950336", "0.0000000000000000000000000001"])),
        5 => new string('x', random.Next(0, 300)),
        6 => random.Next(int.MinValue, int.MaxValue),
        7 => "v",
        8 => new JsonObject { ["recordId"] = "r", ["id"] = "f", ["size"] = random.Next(-5, 200), ["name"] = "a.pdf" },
        9 => new JsonArray(Value(depth + 1), Value(depth + 1)),
        10 => new JsonArray(Data(null, depth + 1), Data(null, depth + 1)),
        _ => Data(null, depth + 1),
    };

    // Occasionally damage the JSON text itself.
    private string Mutate(string json)
    {
        if (random.Next(10) > 0 || json.Length == 0) return json;
        var i = random.Next(json.Length);
        return random.Next(3) switch
        {
            0 => json[..i],
            1 => json.Remove(i, 1),
            _ => json.Insert(i, Pick(["{", "]", "\"", ",", "\\u0000", "null"])),
        };
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public Random Random => random;
}
