using System.Diagnostics;
using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Schema;
using Oa.Forms.Validation;

namespace Oa.Host.Tests.Security;

/// <summary>
/// Hostile submissions against the forms we ship (Definitions/Forms): wrong types, huge and malformed values, script
/// payloads, rows where objects belong, unknown keys. The validator answers with field errors; it never throws.
/// </summary>
public sealed class FormSubmissionFuzzTests
{
    private const int CasesPerForm = 500;

    private static readonly JsonNode?[] Hostile =
    [
        null, "", " ", "<img src=x onerror=window.__xss=1>", "\"><script>alert(1)</script>", "'; DROP TABLE users;--", "../../etc/passwd",
        new string('长', 5_000), "\u0000\uFFFF", "\uD800", "1e400", "-0", "NaN", "Infinity", "2026-02-30", "2026-13-01T25:61:00Z", "99:99",
        "=1+1", "{{form.x}}", "__proto__", "true", "zhangsan", "fwyyb", "nobody", "r", 0, -1, 1, 1.5, 1e300, -1e300, long.MaxValue, decimal.MaxValue,
        true, false, new JsonArray(), new JsonArray(1, "a", null), new JsonObject(), new JsonObject { ["id"] = "x", ["name"] = "<b>x</b>" },
    ];

    [Fact]
    public void Fuzz_ShippedForms_TenThousandHostileSubmissions_NeverThrow()
    {
        var forms = Directory.GetFiles(FormsDirectory(), "*.form").Order().ToList();
        Assert.True(forms.Count >= 15, $"only {forms.Count} shipped forms");
        var cases = 0;
        var slowest = TimeSpan.Zero;
        foreach (var file in forms)
        {
            var parsed = FormSchemaParser.Parse(File.ReadAllText(file));
            Assert.True(parsed.Schema is not null, $"{file}: {string.Join("; ", parsed.Problems)}");
            var schema = parsed.Schema!;
            for (var seed = 0; seed < CasesPerForm; seed++, cases++)
            {
                var random = new Random(HashCode.Combine(Path.GetFileName(file).Length, seed, cases));
                var submitted = Submission(schema.Components, random, 0);
                var existing = random.Next(3) == 0 ? Submission(schema.Components, random, 0) : null;
                var paths = schema.AllComponents().Select(c => c.FullPath).Where(p => p.Length > 0).Distinct().ToList();
                var permissions = random.Next(3) == 0 ? null
                    : FieldPermissions.ForNode(random.Next(2) == 0, paths.Where(_ => random.Next(3) == 0).ToDictionary(p => p, _ => (FieldAccess)random.Next(3)));
                var ctx = new FormContext
                {
                    Permissions = permissions, ExistingData = existing, Language = random.Next(2) == 0 ? "en" : "zh-CN",
                    Variables = random.Next(2) == 0 ? (JsonObject)submitted.DeepClone() : null,
                    AssignSerial = _ => "S-1", FindRelatedRecord = (_, id) => id == "r" ? new JsonObject { ["customer"] = "<i>x</i>" } : null,
                };
                var clock = Stopwatch.StartNew();
                try
                {
                    var result = FormSubmissionProcessor.Process(schema, (JsonObject)submitted.DeepClone(), ctx);
                    Assert.NotNull(result.Data);
                    var view = FormView.For(schema, existing, permissions);
                    FormMerge.Merge(schema, existing, (JsonObject)submitted.DeepClone(), permissions ?? FieldPermissions.AllEditable, ctx);
                    Assert.NotNull(view.Data);
                }
                catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
                {
                    Assert.Fail($"{Path.GetFileName(file)} case {seed} threw {ex}\nsubmitted: {Truncate(submitted.ToJsonString())}");
                }
                if (clock.Elapsed > slowest) slowest = clock.Elapsed;
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{Path.GetFileName(file)} case {seed} took {clock.Elapsed}");
            }
        }
        Assert.True(cases >= 10_000, $"only {cases} cases");
    }

    // Mostly the right shape (so validation runs deep), sometimes the wrong one (so shape checks run).
    private static JsonObject Submission(IReadOnlyList<FormComponent> components, Random random, int depth)
    {
        var data = new JsonObject();
        foreach (var c in components)
        {
            if (random.Next(6) == 0) continue;
            if (c.Kind is ComponentKind.DynamicList && c.DataPath.Count > 0)
            {
                JsonNode? rows = random.Next(8) == 0 ? Pick(random) : new JsonArray(Enumerable.Range(0, random.Next(0, 6))
                    .Select(_ => (JsonNode?)(depth < 3 && random.Next(10) != 0 ? Submission(c.Components, random, depth + 1) : Pick(random))).ToArray());
                Set(data, c.DataPath, rows);
            }
            else if (c.Kind is ComponentKind.Group)
            {
                var inner = Submission(c.Components, random, depth + 1);
                if (c.DataPath.Count > 0) Set(data, c.DataPath, random.Next(8) == 0 ? Pick(random) : inner);
                else foreach (var (k, v) in inner.ToList()) { inner.Remove(k); data[k] = v; }
            }
            else if (c.HoldsValue && c.DataPath.Count > 0) Set(data, c.DataPath, Pick(random));
        }
        if (random.Next(4) == 0) data["unknown_" + random.Next(100)] = Pick(random);
        return data;
    }

    private static void Set(JsonObject data, IReadOnlyList<string> path, JsonNode? value)
    {
        var node = data;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (node[path[i]] is not JsonObject next) node[path[i]] = next = new JsonObject();
            node = next;
        }
        node[path[^1]] = value;
    }

    private static JsonNode? Pick(Random random) => Hostile[random.Next(Hostile.Length)]?.DeepClone();

    private static string Truncate(string s) => s.Length > 2000 ? s[..2000] + "…" : s;

    private static string FormsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "Definitions", "Forms"))) return Path.Combine(dir.FullName, "Definitions", "Forms");
        throw new DirectoryNotFoundException("Definitions/Forms");
    }
}
