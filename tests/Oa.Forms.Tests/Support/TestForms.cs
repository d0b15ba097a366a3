using System.Text.Json.Nodes;
using Oa.Forms.Schema;
using Oa.Forms.Validation;

namespace Oa.Forms.Tests.Support;

internal static class TestForms
{
    public static FormSchema Parse(string json)
    {
        var result = FormSchemaParser.Parse(json);
        Assert.True(result.Success, string.Join("\n", result.Problems));
        return result.Schema!;
    }

    // A form with the given components (JSON array body).
    public static FormSchema With(string componentsJson) =>
        Parse($$"""{ "type": "default", "id": "Form_Test", "schemaVersion": 16, "components": [ {{componentsJson}} ] }""");

    public static FormSchema Load(string relativePath) =>
        Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath)));

    public static JsonObject Obj(string json) => (JsonObject)JsonNode.Parse(json)!;

    public static SubmissionResult Submit(FormSchema schema, string dataJson, FormContext? ctx = null) =>
        FormSubmissionProcessor.Process(schema, Obj(dataJson), ctx ?? FormContext.Empty);

    public static FieldError Single(SubmissionResult result)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    public static void Valid(SubmissionResult result) =>
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => $"{e.Path} {e.Code} {e.MessageEn}")));
}
