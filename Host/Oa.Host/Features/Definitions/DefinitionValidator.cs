using System.Text.Json;
using Oa.Forms.Schema;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;
using Oa.Workflows.Parsing;

namespace Oa.Host.Features.Definitions;

/// <summary>
/// Everything that must hold before a set of files is published: each BPMN parses and validates (engine rules,
/// approval policies, process settings), each form parses, and every formId and called process exists either in
/// the upload or among what is already published. Problems name the file, the element and the reason.
/// </summary>
public static class DefinitionValidator
{
    public sealed record Checked(
        IReadOnlyList<(DefinitionFile File, ProcessDefinition Process)> Processes,
        IReadOnlyList<(DefinitionFile File, string FormId, FormSchema Schema)> Forms,
        IReadOnlyList<DefinitionProblem> Problems);

    /// <param name="ledgerFields">A published ledger's record fields (null: no such ledger), for the forms' 关联记录 fields; null skips that
    /// check (the CLI's file-only validate).</param>
    public static Checked Check(IReadOnlyList<DefinitionFile> files, Func<string, bool> formPublished, Func<string, bool> processPublished,
        Func<string, IReadOnlySet<string>?>? ledgerFields = null)
    {
        var problems = new List<DefinitionProblem>();
        var forms = new List<(DefinitionFile, string, FormSchema)>();
        var processes = new List<(DefinitionFile, ProcessDefinition)>();
        foreach (var file in files.Where(f => !f.IsBpmn && !f.IsForm))
            problems.Add(new(file.Name, null, null, "只接受 .bpmn 和 .form 文件 (only .bpmn and .form files are accepted)"));

        foreach (var file in files.Where(f => f.IsForm))
        {
            var parsed = FormSchemaParser.Parse(file.Content);
            foreach (var p in parsed.Problems) problems.Add(new(file.Name, p.ComponentId ?? p.Path ?? p.Key, null, p.Message));
            if (parsed.Schema is not null) forms.Add((file, FormIdOf(file), parsed.Schema));
            if (parsed.Schema is not null && ledgerFields is not null)
                problems.AddRange(Ledgers.LedgerReferences.Check(parsed.Schema, ledgerFields).Select(p => new DefinitionProblem(file.Name, p.ComponentId, null, p.Message)));
        }
        foreach (var dup in forms.GroupBy(f => f.Item2).Where(g => g.Count() > 1))
            problems.Add(new(dup.First().Item1.Name, dup.Key, null, $"表单 {dup.Key} 在上传中出现多次 (form id '{dup.Key}' appears in more than one file)"));

        foreach (var file in files.Where(f => f.IsBpmn))
        {
            var parsed = BpmnParser.Parse(file.Content, file.Name);
            foreach (var p in parsed.Problems) problems.Add(new(file.Name, p.ElementId, p.Line, p.Message));
            if (!parsed.IsValid) continue;
            foreach (var process in parsed.Processes)
            {
                processes.Add((file, process)); // oa:approval problems come with the engine's own (BpmnParser validates them)
                var settings = Engine.ProcessXml.Settings(Engine.ProcessXml.Process(file.Content, process.Key), process.Key);
                foreach (var (id, message) in settings.Problems.Concat(Designer.ProcessSettingsLint.Check(process.Key, settings.Settings)))
                    problems.Add(new(file.Name, id, null, message));
            }
        }

        var uploadedForms = forms.Select(f => f.Item2).ToHashSet(StringComparer.Ordinal);
        var uploadedProcesses = processes.Select(p => p.Item2.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, process) in processes)
        {
            foreach (var (elementId, formId) in FormReferences(process))
                if (!uploadedForms.Contains(formId) && !formPublished(formId))
                    problems.Add(new(file.Name, elementId, null, $"引用的表单 {formId} 不存在 (form '{formId}' is neither uploaded nor published)"));
            foreach (var call in process.Nodes.OfType<CallActivity>())
                if (call.CalledElement is { IsStatic: true, Literal: { } called } && !uploadedProcesses.Contains(called) && !processPublished(called))
                    problems.Add(new(file.Name, call.Id, null, $"调用的流程 {called} 不存在 (called process '{called}' is not published)"));
        }
        return new Checked(processes, forms, problems);
    }

    /// <summary>The form's own "id" (what zeebe:formDefinition formId refers to), else the file name.</summary>
    public static string FormIdOf(DefinitionFile file)
    {
        try
        {
            using var doc = JsonDocument.Parse(file.Content);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } s)
                return s;
        }
        catch (JsonException) { }
        var name = Path.GetFileName(file.Name);
        return name[..name.IndexOf('.', StringComparison.Ordinal)];
    }

    private static IEnumerable<(string ElementId, string FormId)> FormReferences(ProcessDefinition process)
    {
        foreach (var start in process.StartEvents)
            if (start.FormId is { } f) yield return (start.Id, f);
        foreach (var task in process.Nodes.OfType<UserTask>())
            if (task.FormId is { } f) yield return (task.Id, f);
    }
}
