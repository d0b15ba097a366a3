using Oa.Host.Engine;
using Oa.Host.Features.Definitions;

namespace Oa.Host.Features.Designer;

/// <summary>
/// 校验 and 发布 for one process edited in the designer. The file must still define the process the page is about:
/// a changed process id would otherwise publish a second process next to the first, silently.
/// </summary>
public static class ProcessPublishing
{
    public sealed record Result(IReadOnlyList<DesignerProblem> Problems, int? Version, bool Changed);

    public static async Task<IReadOnlyList<DesignerProblem>> ValidateAsync(EngineHost engine, string key, string xml, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var registry = engine.Definitions;
        var file = FileFor(key, xml);
        var check = DefinitionValidator.Check([file], f => registry.LatestForm(f) is not null, p => registry.LatestOf(p) is not null);
        var problems = check.Problems.ToList();
        if (problems.Count == 0 && check.Processes.All(p => p.Process.Key != key))
            problems.Add(new(file.Name, null, null, $"流程标识必须保持为 {key}（the process id must stay '{key}'; import the file to create another process）"));
        if (problems.Count == 0)
            foreach (var (_, process) in check.Processes) problems.AddRange(DesignerLint.Check(file.Name, process));
        return DesignerProblem.From(problems, DesignerXml.Names(xml));
    }

    public static async Task<Result> PublishAsync(EngineHost engine, DefinitionPublisher publisher, string key, string xml, string user, CancellationToken ct)
    {
        var problems = await ValidateAsync(engine, key, xml, ct);
        if (problems.Count > 0) return new(problems, null, false);
        var outcome = await publisher.PublishAsync([FileFor(key, xml)], user, ct);
        if (!outcome.Succeeded) return new(DesignerProblem.From(outcome.Problems, DesignerXml.Names(xml)), null, false);
        var mine = outcome.Processes.First(p => p.Key == key);
        return new([], mine.Version, mine.Changed);
    }

    private static DefinitionFile FileFor(string key, string xml) => new(key + ".bpmn", xml);
}
