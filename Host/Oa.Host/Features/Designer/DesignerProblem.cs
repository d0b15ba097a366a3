using Oa.Host.Features.Definitions;

namespace Oa.Host.Features.Designer;

/// <summary>A publishing problem with the element's name looked up, so the admin can find it on the diagram or in the form.</summary>
public sealed record DesignerProblem(string File, string? ElementId, string? ElementName, int? Line, string Message)
{
    public static IReadOnlyList<DesignerProblem> From(IEnumerable<DefinitionProblem> problems, IReadOnlyDictionary<string, string>? names = null) =>
        problems.Select(p => new DesignerProblem(p.File, p.ElementId, p.ElementId is { } id ? names?.GetValueOrDefault(id) : null, p.Line, p.Message)).ToList();
}
