using Oa.Forms.Schema;

namespace Oa.Forms.Tests.Schema;

public class ShippedFormsTests
{
    // Every form the product ships (Definitions/Forms/*.form) must deploy: no unknown types, no bad FEEL.
    [Fact]
    public void ShippedForms_AllParseWithoutProblems()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Oa.sln"))) root = root.Parent;
        var folder = root is null ? null : Path.Combine(root.FullName, "Definitions", "Forms");
        if (folder is null || !Directory.Exists(folder)) return;

        var failures = Directory.EnumerateFiles(folder, "*.form", SearchOption.AllDirectories)
            .Select(f => (File: Path.GetFileName(f), Result: FormSchemaParser.Parse(File.ReadAllText(f))))
            .Where(x => !x.Result.Success)
            .Select(x => $"{x.File}: {string.Join("; ", x.Result.Problems)}")
            .ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
