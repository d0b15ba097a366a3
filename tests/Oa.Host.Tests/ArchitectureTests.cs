using System.Reflection;

namespace Oa.Host.Tests;

public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("Oa.Workflows")]
    [InlineData("Oa.Forms")]
    [InlineData("Oa.Feel")]
    public void CoreLibraries_ReferenceNoAspNetCoreOrEfCore(string assemblyName)
    {
        var seen = new HashSet<string>();
        var forbidden = new List<string>();
        void Walk(AssemblyName name)
        {
            if (!seen.Add(name.Name!) || !name.Name!.StartsWith("Oa.", StringComparison.Ordinal)) return;
            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
            {
                if (reference.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || reference.Name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
                    forbidden.Add($"{name.Name} → {reference.Name}");
                Walk(reference);
            }
        }
        Walk(new AssemblyName(assemblyName));
        Assert.Contains(assemblyName, seen);
        Assert.Empty(forbidden);
    }
}
