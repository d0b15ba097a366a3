namespace Oa.Workflows.Ports;

// A deadline on each task of a planned approval (oa:timeout). Duration is ISO-8601 ("PT24H", "P3D").
// Remind fires every Duration, Repeat times; AutoApprove / AutoReject fire once and complete the task
// as EngineActors.System with that outcome.
public sealed record TaskTimeout(string Duration, TaskTimeoutAction Action, int Repeat = 1);
