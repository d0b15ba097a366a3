using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>POST /api/designer/forms/feel-check (the form editor's batch FEEL check) and the server's refusal to publish a form with bad FEEL.</summary>
public sealed class FormFeelApiTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private const string Url = "/api/designer/forms/feel-check";

    [Fact]
    public async Task FeelCheck_AnswersOneVerdictPerExpression_InOrder()
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsJsonAsync(Url, new { expressions = new[] { "=amount > 10000", "= amount *", "=", "amount < 5 and urgent" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.JsonAsync()).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([true, false, false, true], results.Select(r => r.GetProperty("ok").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("error").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(results[1].GetProperty("error").GetString()));
        Assert.Equal(JsonValueKind.Number, results[1].GetProperty("position").ValueKind);
        Assert.Contains("空", results[2].GetProperty("error").GetString());
    }

    [Fact]
    public async Task FeelCheck_BadInput_Is400WithTheFieldNamed()
    {
        var admin = await factory.ClientAsAsync("admin");
        async Task<JsonElement> Refused(object body)
        {
            var response = await admin.PostAsJsonAsync(Url, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.JsonAsync()).GetProperty("errors");
        }
        Assert.True((await Refused(new { })).TryGetProperty("expressions", out _));
        Assert.True((await Refused(new { expressions = Enumerable.Repeat("=1", 201).ToArray() })).TryGetProperty("expressions", out _));
        Assert.True((await Refused(new { expressions = new[] { "=1", new string('1', 4001) } })).TryGetProperty("expressions[1]", out _));
        Assert.True((await Refused(new { expressions = new string?[] { null } })).TryGetProperty("expressions[0]", out _));
        var notJson = await admin.PostAsync(Url, new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task FeelCheck_IsForAdminsAndProcessAdminsOnly()
    {
        var body = new { expressions = new[] { "=1" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientAsAsync("zhangsan")).PostAsJsonAsync(Url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().PostAsJsonAsync(Url, body)).StatusCode);
        await factory.MakeProcessAdminAsync("wangfang");
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientAsAsync("wangfang")).PostAsJsonAsync(Url, body)).StatusCode);
    }

    [Fact]
    public async Task FormPublish_WithAFeelError_IsRefusedNamingComponentAndProperty_AndNothingIsPublished()
    {
        var formId = ApiClient.Unique("ffeel_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var schema = """
            {"type":"default","components":[
              {"type":"oa-money","id":"Field_amount","key":"amount","label":"金额"},
              {"type":"textarea","id":"Field_reason","key":"reason","label":"大额说明","conditional":{"hide":"=amount <"}}
            ]}
            """;
        var response = await admin.PostAsync("/Designer", $"/Designer/Form/{formId}", ("schema", schema));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<code>Field_reason</code>", html);
        Assert.Contains("（大额说明）", html);
        Assert.Contains("conditional.hide", html);
        Assert.Contains("FEEL", html);
        Assert.Equal(0, DesignerClient.Query(factory, db => db.FormDefinitions.Count(f => f.FormId == formId)));

        // Fixed, the same schema publishes.
        var fixedSchema = schema.Replace("=amount <\"", "=amount < 10000\"");
        Assert.Equal(1, DesignerClient.PublishedVersion(await admin.PostAsync("/Designer", $"/Designer/Form/{formId}", ("schema", fixedSchema))));
    }

    [Fact]
    public async Task FormPublish_WithBrokenFeelWhereOaFormsDoesNotLook_IsRefusedToo()
    {
        // form-js evaluates a '='-label in the browser, so Oa.Forms checks it although the server never evaluates labels.
        var formId = ApiClient.Unique("ffeellabel_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var schema = """{"type":"default","components":[{"type":"textfield","id":"Field_title","key":"title","label":"=upper case(\"a\""}]}""";
        var html = await (await admin.PostAsync("/Designer", $"/Designer/Form/{formId}", ("schema", schema))).Content.ReadAsStringAsync();
        Assert.Contains("<code>Field_title</code>", html);
        Assert.Contains("invalid FEEL in label", html);
        Assert.Equal(0, DesignerClient.Query(factory, db => db.FormDefinitions.Count(f => f.FormId == formId)));
    }

    [Fact]
    public async Task FormPublish_ThroughDefinitionsApi_WithBrokenFeelText_Is400NamingComponentAndProperty()
    {
        // Not the designer: an upload to /api/definitions meets the same Oa.Forms check.
        var formId = ApiClient.Unique("ffeelapi_");
        var schema = $$"""{"type":"default","id":"{{formId}}","components":[{"type":"text","id":"Text_hint","text":"=\"合计：\" + string(amount"}]}""";
        var upload = new MultipartFormDataContent { { new StringContent(schema), "files", formId + ".form" } };
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", upload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.JsonAsync()).GetProperty("problems").EnumerateArray());
        Assert.Equal("Text_hint", problem.GetProperty("elementId").GetString());
        Assert.StartsWith("text 的 FEEL 表达式有误 / invalid FEEL in text", problem.GetProperty("message").GetString());
        Assert.Equal(0, DesignerClient.Query(factory, db => db.FormDefinitions.Count(f => f.FormId == formId)));
    }
}
