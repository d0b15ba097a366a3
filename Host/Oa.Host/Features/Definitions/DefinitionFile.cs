namespace Oa.Host.Features.Definitions;

/// <summary>An uploaded or imported <c>.bpmn</c> or <c>.form</c> file.</summary>
public sealed record DefinitionFile(string Name, string Content)
{
    public bool IsBpmn => Name.EndsWith(".bpmn", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".bpmn20.xml", StringComparison.OrdinalIgnoreCase);
    public bool IsForm => Name.EndsWith(".form", StringComparison.OrdinalIgnoreCase) || Name.EndsWith(".form.json", StringComparison.OrdinalIgnoreCase);
}

public sealed record DefinitionProblem(string File, string? ElementId, int? Line, string Message);

public sealed record PublishedProcessVersion(string Key, int Version, long Id, bool Changed);

public sealed record PublishedFormVersion(string Id, int Version, bool Changed);

public sealed record PublishOutcome(IReadOnlyList<PublishedProcessVersion> Processes, IReadOnlyList<PublishedFormVersion> Forms, IReadOnlyList<DefinitionProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
