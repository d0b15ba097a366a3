using Oa.Workflows.Model;
using Oa.Workflows.Parsing;

namespace Oa.Workflows.Tests.Support;

// .bpmn fixtures sit beside their tests and are copied to the output directory.
public static class Fixture
{
    public static string Text(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath));

    public static ProcessDefinition Process(string relativePath, string? key = null)
    {
        var result = BpmnParser.Parse(Text(relativePath), relativePath);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return key is null ? result.Processes[0] : result.Process(key)!;
    }

    // Repo root = the directory holding Oa.sln, found by walking up from the test assembly.
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Oa.sln"))) return dir.FullName;
        throw new InvalidOperationException("Oa.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Shared(string relative) => Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", relative));
}
