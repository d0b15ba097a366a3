using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Validation;

public class SubmissionShapeTests
{
    [Fact]
    public void UnknownKeys_AreDroppedFromOutput()
    {
        var schema = TestForms.With("""{ "type": "textfield", "id": "A", "key": "name" }""");

        var result = TestForms.Submit(schema, """{ "name": "x", "isAdmin": true, "__proto__": {} }""");

        TestForms.Valid(result);
        Assert.Equal(["name"], result.Data.Select(p => p.Key));
    }

    [Fact]
    public void GroupPathAndDottedKey_ReadAndWriteNestedData()
    {
        var schema = TestForms.With("""
            { "type": "group", "id": "G", "path": "applicant", "components": [
              { "type": "textfield", "id": "A", "key": "name", "validate": { "required": true } },
              { "type": "textfield", "id": "B", "key": "contact.phone", "validate": { "validationType": "phone" } } ] }
            """);

        var result = TestForms.Submit(schema, """{ "applicant": { "name": "", "contact": { "phone": "123", "fax": "1" }, "x": 1 } }""");

        Assert.Equal(["applicant.contact.phone:phone", "applicant.name:required"], result.Errors.Select(e => $"{e.Path}:{e.Code}").Order());
        TestForms.Valid(TestForms.Submit(schema, """{ "applicant": { "name": "王五", "contact": { "phone": "13912345678" } } }"""));
    }

    [Fact]
    public void DisplayComponents_ContributeNoData()
    {
        var schema = TestForms.Load("Schema/all-components.form");

        var result = TestForms.Submit(schema, """{ "Text_1": "x", "Button_1": "y", "Table_1": [] }""");

        Assert.DoesNotContain(result.Data, p => p.Key is "Text_1" or "Button_1" or "Table_1");
    }
}
