using System.Xml.Linq;
using Oa.Forms.Schema;

namespace Oa.Definitions.Tests.Support;

// The shipped Definitions/ folder, copied beside the test assembly by the csproj.
internal static class DefinitionFiles
{
    // Built once for all test threads (a lazily filled dictionary would answer "missing" while another fills it).
    static readonly Lazy<IReadOnlyDictionary<string, FormSchema>> FormsById = new(() =>
        FormNames.Select(n => FormSchemaParser.Parse(FormJson(n)).Schema).OfType<FormSchema>().Where(s => s.Id is not null)
            .ToDictionary(s => s.Id!, StringComparer.Ordinal));

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Definitions");

    public static IReadOnlyList<string> ProcessNames => Names("Processes", "*.bpmn");

    public static IReadOnlyList<string> FormNames => Names("Forms", "*.form");

    public static string ProcessXml(string name) => File.ReadAllText(Path.Combine(Root, "Processes", name + ".bpmn"));

    public static XDocument ProcessDocument(string name) => XDocument.Parse(ProcessXml(name), LoadOptions.SetLineInfo);

    public static string FormJson(string name) => File.ReadAllText(Path.Combine(Root, "Forms", name + ".form"));

    // formId → parsed schema, over every shipped .form (the id inside the file, not the file name).
    public static FormSchema? Form(string formId) => FormsById.Value.GetValueOrDefault(formId);

    public static TheoryData<string> Processes() => new(ProcessNames);

    public static TheoryData<string> Forms() => new(FormNames);

    static IReadOnlyList<string> Names(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;
}
