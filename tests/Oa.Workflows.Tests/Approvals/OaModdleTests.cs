using System.Runtime.CompilerServices;
using System.Text.Json;
using Oa.Workflows.Approvals;

namespace Oa.Workflows.Tests.Approvals;

public class OaModdleTests
{
    static readonly JsonElement Descriptor = JsonDocument.Parse(OaModdle.Descriptor).RootElement;

    static JsonElement Type(string element) =>
        Descriptor.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == char.ToUpperInvariant(element[0]) + element[1..]);

    static IEnumerable<JsonElement> Properties(string element) => Type(element).GetProperty("properties").EnumerateArray();

    [Fact]
    public void Descriptor_NamesThePackage()
    {
        Assert.Equal("oa", Descriptor.GetProperty("prefix").GetString());
        Assert.Equal(OaSchema.NamespaceUri, Descriptor.GetProperty("uri").GetString());
        Assert.Equal("lowerCase", Descriptor.GetProperty("xml").GetProperty("tagAlias").GetString());
    }

    [Fact]
    public void EveryAttributeTheParserReads_IsDeclaredAndNothingElse()
    {
        foreach (var (element, attributes) in OaSchema.Attributes)
        {
            var declared = Properties(element).Where(p => p.TryGetProperty("isAttr", out var a) && a.GetBoolean()).Select(p => p.GetProperty("name").GetString());
            Assert.Equal(attributes.Order(), declared.Order());
        }
    }

    [Fact]
    public void EveryChildElementTheParserReads_IsAContainedType()
    {
        foreach (var (element, children) in OaSchema.Children)
        {
            var contained = Properties(element).Where(p => p.TryGetProperty("isMany", out _)).Select(p => p.GetProperty("type").GetString()!);
            Assert.Equal(children.Select(c => char.ToUpperInvariant(c[0]) + c[1..]).Order(), contained.Order());
        }
    }

    [Fact]
    public void TopLevelElements_AreAllowedInTheirBpmnHosts()
    {
        Assert.Equal("bpmn:UserTask", Type(OaSchema.Approval.Element).GetProperty("meta").GetProperty("allowedIn")[0].GetString());
        Assert.Equal("bpmn:Process", Type(OaSchema.Process.Element).GetProperty("meta").GetProperty("allowedIn")[0].GetString());
    }

    // Approvals/oa.json is what the ClientApp imports; it must be this descriptor byte for byte.
    [Fact]
    public void CheckedInOaJson_MatchesTheDescriptor()
    {
        var path = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", "..", "Workflows", "Oa.Workflows", "Approvals", "oa.json"));
        if (Environment.GetEnvironmentVariable("OA_WRITE_MODDLE") == "1") File.WriteAllText(path, OaModdle.Descriptor);
        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with OA_WRITE_MODDLE=1");
        Assert.Equal(OaModdle.Descriptor, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    static string SourceDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
