namespace Oa.Workflows.Parsing;

public sealed record BpmnProblem(string? ElementId, int? Line, string Message)
{
    public override string ToString() => $"{(Line is null ? "" : $"line {Line}: ")}{(ElementId is null ? "" : $"'{ElementId}': ")}{Message}";
}
