namespace Oa.Host.Features.Attendance.Rules;

// At is local company time (China Standard Time); see AttendanceRules.
public sealed record Punch(string EmployeeId, DateTime At);
