using System.Diagnostics;
using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Schema;
using Oa.Forms.Validation;

namespace Oa.Forms.Tests.Fuzz;

public class FuzzTests
{
    // Hostile input must not hang the host either: each case (parse, submit, view, merge) stays well under this.
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(2);

    [Fact]
    public void Fuzz_TenThousandGeneratedSchemasAndSubmissions_NeverThrowNorHang()
    {
        var parsed = 0;
        var slowest = (Time: TimeSpan.Zero, Seed: -1);
        for (var seed = 0; seed < 10_000; seed++)
        {
            var fuzzer = new SchemaFuzzer(seed);
            var json = fuzzer.SchemaJson();
            var clock = Stopwatch.StartNew();
            try
            {
                var result = FormSchemaParser.Parse(json);
                Assert.True(result.Schema is not null || result.Problems.Count > 0);
                if (result.Schema is not { } schema) continue;
                parsed++;
                Exercise(schema, fuzzer);
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {seed} threw {ex}\nschema: {json}");
            }
            finally
            {
                if (clock.Elapsed > slowest.Time) slowest = (clock.Elapsed, seed); // rejected schemas too (they `continue`)
            }
        }
        Assert.True(slowest.Time < PerCase, $"seed {slowest.Seed} took {slowest.Time}");
        // The generator must also produce valid schemas, or the processor is not exercised.
        Assert.True(parsed > 1000, $"only {parsed} schemas parsed");
    }

    private static void Exercise(FormSchema schema, SchemaFuzzer fuzzer)
    {
        var random = fuzzer.Random;
        var paths = schema.AllComponents().Select(c => c.FullPath).Where(p => p.Length > 0).Distinct().ToList();
        var map = new Dictionary<string, FieldAccess>();
        foreach (var p in paths)
            if (random.Next(3) == 0) map[p] = (FieldAccess)random.Next(3);
        var permissions = FieldPermissions.ForNode(random.Next(2) == 0, map);
        var existing = random.Next(2) == 0 ? fuzzer.Data(schema) : null;
        var ctx = new FormContext
        {
            Variables = random.Next(2) == 0 ? fuzzer.Data(null) : null,
            Permissions = random.Next(3) == 0 ? null : permissions,
            ExistingData = existing,
            AssignSerial = _ => "S-1",
            FindRelatedRecord = (_, id) => id == "r" ? new JsonObject { ["f"] = 1 } : null,
        };

        var submitted = fuzzer.Data(schema);
        var result = FormSubmissionProcessor.Process(schema, submitted, ctx);
        Assert.NotNull(result.Data);
        var view = FormView.For(schema, existing, permissions);
        FormMerge.Merge(schema, existing, view.Data, permissions, ctx);
        Oa.Forms.Components.ColumnSums.For(schema, result.Data);
    }
}
