namespace Oa.Workflows.Approvals;

// Duration keeps the ISO-8601 text too: the host schedules timers with it and shows it as written.
// Repeat counts reminders (remind every Duration, at most Repeat times); auto actions fire once.
public sealed record TimeoutPolicy(string IsoDuration, TimeSpan Duration, TimeoutAction Action, int Repeat);
