namespace Oa.Workflows.Model;

// bpmn:multiInstanceLoopCharacteristics + zeebe:loopCharacteristics.
public sealed record MultiInstanceLoop(
    bool IsSequential,
    Expression InputCollection,
    string? InputElement,
    string? OutputCollection,
    Expression? OutputElement,
    Expression? CompletionCondition);
