using System.Text.Json.Nodes;
using Oa.Forms.Validation;
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

    [Fact]
    public void MessagesByPath_GroupsMessagesInTheRequestedLanguage()
    {
        var schema = TestForms.With("""{ "type": "textfield", "id": "A", "key": "mail", "validate": { "minLength": 20, "validationType": "email" } }""");

        var result = TestForms.Submit(schema, """{ "mail": "x" }""");

        Assert.Equal(["长度不能少于 20 个字符", "请输入有效的电子邮箱地址"], result.MessagesByPath()["mail"]);
        Assert.Equal(["Must be at least 20 characters long.", "Must be a valid email address."], result.MessagesByPath("en")["mail"]);
    }

    [Fact]
    public void DeeplyNestedSubmission_IsHandledWithoutException()
    {
        var schema = TestForms.With("""{ "type": "textfield", "id": "A", "key": "a" }, { "type": "expression", "id": "E", "key": "e", "expression": "=a" }""");
        JsonNode deep = new JsonObject();
        for (var i = 0; i < 1000; i++) deep = new JsonObject { ["x"] = deep };

        var result = FormSubmissionProcessor.Process(schema, new JsonObject { ["a"] = deep }, FormContext.Empty);

        Assert.Equal("type", TestForms.Single(result).Code);
    }
}
