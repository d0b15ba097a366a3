using System.Collections.Concurrent;
using Oa.Forms.Permissions;
using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Validation;

public class ConcurrencyTests
{
    [Fact]
    public void SharedSchema_ProcessedAndViewedInParallel_GivesSameResults()
    {
        var schema = TestForms.Load("Validation/expense.form");
        var outputs = new ConcurrentBag<string>();

        Parallel.For(0, 400, i =>
        {
            var result = TestForms.Submit(schema, """{ "title": "t", "items": [ { "kind": "hotel", "amount": 6000 } ], "explain": "会议" }""");
            var view = FormView.For(schema, result.Data, FieldPermissions.ForNode(false));
            outputs.Add(result.Data.ToJsonString() + view.Schema.ToJsonString() + result.IsValid);
        });

        Assert.Single(outputs.Distinct());
    }
}
