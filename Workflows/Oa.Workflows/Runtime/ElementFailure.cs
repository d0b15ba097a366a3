namespace Oa.Workflows.Runtime;

// Raised inside an element's behaviour when the model cannot go on (expression failed, no
// outgoing flow selected…); the executor turns it into an incident on that element.
internal sealed class ElementFailure(string kind, string message) : Exception(message)
{
    public string Kind { get; } = kind;
}
