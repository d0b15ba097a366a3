using System.Collections.Immutable;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

public sealed record ApprovalState(
    ApproveMode Mode,
    decimal? PassRatio,
    int Approved,
    int Rejected,
    ImmutableSortedDictionary<string, string> Extensions,
    ImmutableList<TaskTimeout>? Timeouts = null);
