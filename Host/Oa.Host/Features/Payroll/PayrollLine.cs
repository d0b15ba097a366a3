namespace Oa.Host.Features.Payroll;

/// <summary>What one person should get for one thing in a period; the run compares it with what was already paid.</summary>
public sealed record PayrollLine(string UserName, string Kind, string Reference, decimal Amount, string Text);
