using Oa.Definitions.Tests.Support;
using Oa.Forms.Schema;

namespace Oa.Definitions.Tests.Structure;

public class FormDefinitionTests
{
    public static TheoryData<string> Forms() => DefinitionFiles.Forms();

    [Theory, MemberData(nameof(Forms))]
    public void Form_ParsesWithoutProblems(string file)
    {
        var result = FormSchemaParser.Parse(DefinitionFiles.FormJson(file));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Equal("default", result.Schema!.Raw["type"]!.GetValue<string>());
        Assert.StartsWith("oa-", result.Schema.Id);
    }

    [Theory, MemberData(nameof(Forms))]
    public void Form_ComponentIdsAreUnique_AndEveryInputHasAChineseLabel(string file)
    {
        var schema = FormSchemaParser.Parse(DefinitionFiles.FormJson(file)).Schema!;
        var all = schema.AllComponents().ToList();
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());
        foreach (var c in all.Where(c => c.HoldsValue && c.Kind != ComponentKind.Expression))
        {
            var label = c.Label ?? c.Raw["dateLabel"]?.GetValue<string>() ?? c.Raw["timeLabel"]?.GetValue<string>();
            Assert.True(label is not null && label.Any(ch => ch >= 0x4e00 && ch <= 0x9fff), $"{c} needs a Chinese label");
        }
    }
}
