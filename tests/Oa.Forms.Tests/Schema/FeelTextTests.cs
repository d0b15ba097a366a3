using Oa.Forms.Schema;

namespace Oa.Forms.Tests.Schema;

/// <summary>FeelText.Check: the one verdict on an '=' string that form publishing and both designer checks give.</summary>
public sealed class FeelTextTests
{
    [Theory]
    [InlineData("=amount > 10000")]
    [InlineData("  = amount > 10000")]
    [InlineData("amount < 5 and urgent")]
    public void ValidFeel_WithOrWithoutTheEqualsMark_Compiles(string text) =>
        Assert.True(FeelText.Check(text).Success);

    [Theory]
    [InlineData("=")]
    [InlineData("  =   ")]
    [InlineData("")]
    public void NothingAfterTheMark_IsTheEmptyVerdict(string text)
    {
        var result = FeelText.Check(text);
        Assert.False(result.Success);
        Assert.Equal(FeelText.Empty, result.Error);
    }

    [Fact]
    public void SyntaxError_IsReportedAtItsOffsetInTheTextAsWritten()
    {
        var result = FeelText.Check("= amount * ");
        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.True(result.Position >= "= amount ".Length, $"position {result.Position}");
    }
}
