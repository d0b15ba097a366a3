namespace Oa.Workflows.Model;

// zeebe:input / zeebe:output: Target may be a dotted path ("applicant.name").
public sealed record VariableMapping(Expression Source, string Target);
