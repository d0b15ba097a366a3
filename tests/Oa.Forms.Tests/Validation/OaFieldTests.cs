using System.Text.Json.Nodes;
using Oa.Forms.Tests.Support;
using Oa.Forms.Validation;

namespace Oa.Forms.Tests.Validation;

public class OaFieldTests
{
    private static readonly Lazy<Oa.Forms.Schema.FormSchema> Oa = new(() => TestForms.Load("Schema/oa-components.form"));

    private static SubmissionResult Submit(string json, FormContext? ctx = null) => TestForms.Submit(Oa.Value, json, ctx);

    [Theory]
    [InlineData("""{ "approver": "zhangsan" }""", true)]
    [InlineData("""{ "approver": ["zhangsan"] }""", false)]
    [InlineData("""{ "approver": "" }""", true)]
    [InlineData("""{ "members": ["zhangsan", "lisi"] }""", true)]
    [InlineData("""{ "members": "zhangsan" }""", false)]
    [InlineData("""{ "members": ["zhangsan", 7] }""", false)]
    [InlineData("""{ "dept": "D-001" }""", true)]
    [InlineData("""{ "dept": { "id": "D-001" } }""", false)]
    public void UserAndDepartment_ValueShape_IsChecked(string json, bool valid) => Assert.Equal(valid, Submit(json).IsValid);

    [Theory]
    [InlineData("""[ { "id": "f1", "name": "合同.pdf", "size": 1000, "contentType": "application/pdf" } ]""", null)]
    [InlineData("""[ { "id": "f1", "name": "照片.JPG", "size": 1000, "contentType": "image/jpeg" } ]""", null)]
    [InlineData("""[ { "id": "f1", "name": "a.exe", "size": 10, "contentType": "application/x-msdownload" } ]""", "fileType")]
    [InlineData("""[ { "id": "f1", "name": "a.pdf", "size": 2097152 } ]""", "maxSize")]
    [InlineData("""[ { "id": "f1", "name": "a.pdf" } ]""", "maxSize")]
    [InlineData("""[ {"id":"1","name":"a.pdf","size":1}, {"id":"2","name":"b.pdf","size":1}, {"id":"3","name":"c.pdf","size":1}, {"id":"4","name":"d.pdf","size":1} ]""", "maxFiles")]
    [InlineData("""[ { "id": 17, "name": "扫描件.png", "size": 1000 } ]""", null)]
    [InlineData("""[ { "id": "f1", "name": "a.docx", "size": 1000 } ]""", "fileType")]
    [InlineData("""[ "f1" ]""", "type")]
    [InlineData("""[ { "name": "a.pdf", "size": 1 } ]""", "type")]
    [InlineData("""[ { "id": "f1", "name": "a.pdf", "size": -1 } ]""", "type")]
    public void Attachments_LimitsAndShape_AreChecked(string files, string? code)
    {
        var result = Submit($$"""{ "attachments": {{files}} }""");

        if (code is null) TestForms.Valid(result);
        else Assert.Equal(code, TestForms.Single(result).Code);
    }

    [Fact]
    public void Money_BelowMin_ReturnsMinError() =>
        Assert.Equal("min", TestForms.Single(Submit("""{ "money": -0.01 }""")).Code);

    [Fact]
    public void Serial_ClientValueIgnored_AssignedOnValidSubmit()
    {
        var ctx = FormContext.Empty with { AssignSerial = c => "BX-2026-00001" };

        var result = Submit("""{ "no": "FORGED-1" }""", ctx);

        Assert.Equal("BX-2026-00001", result.Data["no"]!.GetValue<string>());
    }

    [Fact]
    public void Serial_InvalidSubmission_DoesNotConsumeANumber()
    {
        var calls = 0;
        var ctx = FormContext.Empty with { AssignSerial = c => $"N{++calls}" };

        var result = Submit("""{ "money": -5 }""", ctx);

        Assert.False(result.IsValid);
        Assert.Equal(0, calls);
        Assert.False(result.Data.ContainsKey("no"));
    }

    [Fact]
    public void Serial_AlreadyStored_IsKept()
    {
        var ctx = FormContext.Empty with
        {
            ExistingData = TestForms.Obj("""{ "no": "BX-1" }"""),
            AssignSerial = c => "BX-2",
        };

        Assert.Equal("BX-1", Submit("""{ "no": "BX-9" }""", ctx).Data["no"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", true)]
    [InlineData("file_20261201_abc", true)]
    [InlineData("data:text/html;base64,PGI+", false)]
    [InlineData("data:image/png;base64,###", false)]
    [InlineData("<svg onload=alert(1)>", false)]
    [InlineData("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=", false)]
    public void Signature_ImageOrFileId_IsAccepted(string value, bool valid) =>
        Assert.Equal(valid, Submit($$"""{ "signature": "{{value}}" }""").IsValid);

    [Fact]
    public void Signature_LargerThanMaxBytes_IsRejected()
    {
        var big = Convert.ToBase64String(new byte[2000]);

        Assert.Equal("signature", TestForms.Single(Submit($$"""{ "signature": "data:image/png;base64,{{big}}" }""")).Code);
    }

    [Fact]
    public void RelatedRecord_Found_FillsMappedFieldsOverClientValues()
    {
        var ctx = FormContext.Empty with
        {
            FindRelatedRecord = (ledger, id) => ledger == "contracts" && id == "C-7"
                ? TestForms.Obj("""{ "name": "办公楼租赁合同", "amount": 120000, "secret": "x" }""") : null,
        };

        var result = Submit("""{ "contract": { "id": "C-7", "title": "办公楼租赁合同" }, "contractName": "forged", "contractAmount": 1 }""", ctx);

        TestForms.Valid(result);
        Assert.Equal("办公楼租赁合同", result.Data["contractName"]!.GetValue<string>());
        Assert.Equal(120000m, result.Data["contractAmount"]!.GetValue<decimal>());
        Assert.False(result.Data.ContainsKey("secret"));
    }

    [Fact]
    public void RelatedRecord_Missing_ReturnsRecordNotFound()
    {
        var ctx = FormContext.Empty with { FindRelatedRecord = (_, _) => null };

        var error = TestForms.Single(Submit("""{ "contract": { "id": "C-404", "title": "?" } }""", ctx));

        Assert.Equal(("contract", "recordNotFound"), (error.Path, error.Code));
    }

    [Fact]
    public void RelatedRecord_WrongShape_IsTypeError() =>
        Assert.Equal("type", TestForms.Single(Submit("""{ "contract": [42] }""")).Code);

    [Fact]
    public void Filepicker_ReferenceString_IsAccepted()
    {
        var schema = TestForms.With("""{ "type": "filepicker", "id": "F", "key": "files", "multiple": true }""");

        TestForms.Valid(TestForms.Submit(schema, """{ "files": "files::Field_1" }"""));
        Assert.Equal("type", TestForms.Single(TestForms.Submit(schema, """{ "files": 3 }""")).Code);
    }

    [Fact]
    public void RelatedRecord_InListRow_FillsThatRow()
    {
        var schema = TestForms.With("""
            { "type": "dynamiclist", "id": "L", "path": "lines", "components": [
              { "type": "oa-related-record", "id": "R", "key": "product", "ledgerKey": "products", "fieldMap": { "price": "unitPrice" } },
              { "type": "oa-money", "id": "P", "key": "unitPrice" } ] },
            { "type": "expression", "id": "T", "key": "total", "expression": "=sum(lines.unitPrice)" }
            """);
        var prices = new Dictionary<string, decimal> { ["p1"] = 10.5m, ["p2"] = 99m };
        var ctx = FormContext.Empty with
        {
            FindRelatedRecord = (_, id) => prices.TryGetValue(id, out var p) ? new JsonObject { ["price"] = p } : null,
        };

        var result = TestForms.Submit(schema, """{ "lines": [ { "product": { "id": "p1" }, "unitPrice": 0.01 }, { "product": { "id": "p2" } }, { "product": { "id": "p3" }, "unitPrice": 1 } ] }""", ctx);

        Assert.Equal(("lines[2].product", "recordNotFound"), (TestForms.Single(result).Path, TestForms.Single(result).Code));
        Assert.Equal(10.5m, result.Data["lines"]![0]!["unitPrice"]!.GetValue<decimal>());
        Assert.Equal(110.5m, result.Data["total"]!.GetValue<decimal>());
    }
}
