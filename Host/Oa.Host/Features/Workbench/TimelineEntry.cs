namespace Oa.Host.Features.Workbench;

/// <summary>One line of the instance timeline: who did what, when, at which node, with what comment. Kind is good/bad/info (the dot colour).</summary>
public sealed record TimelineEntry(string Verb, string? Node, string? Who, string? Target, DateTimeOffset At, string? Comment, string Kind);
