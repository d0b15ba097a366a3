using System.Reflection;
using Oa.Workflows.Runtime;

namespace Oa.Workflows.Tests;

public class DependencyTests
{
    // House rule 1: the engine stays free of ASP.NET Core and EF Core (BCL + Oa.Feel only).
    [Fact]
    public void Engine_ReferencesOnlyBclAndFeel()
    {
        var references = typeof(Executor).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore") || n.StartsWith("Microsoft.EntityFrameworkCore"));
        Assert.All(references, n => Assert.True(n.StartsWith("System") || n is "netstandard" or "Oa.Feel", n));
    }
}
