using Oa.Forms.Schema;

namespace Oa.Forms.Tests;

public class ArchitectureTests
{
    [Fact]
    public void OaForms_ReferencesNeitherAspNetCoreNorEfCore()
    {
        var references = typeof(FormSchema).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore") || n.StartsWith("Microsoft.EntityFrameworkCore"));
        Assert.Contains("Oa.Feel", references);
    }

    [Fact]
    public void OaForms_PublicTypes_OnePerFile()
    {
        // House rule: one public type per file; public types are few and named after concepts.
        var types = typeof(FormSchema).Assembly.GetExportedTypes().Where(t => !t.IsNested).Select(t => t.Name).ToList();

        Assert.Equal(types.Count, types.Distinct().Count());
        Assert.Contains("FormSubmissionProcessor", types);
        Assert.Contains("RmbUppercase", types);
    }
}
