namespace Oa.Host.Features.Attendance.Rules;

// An approved 补卡: the slot counts as punched on time, and no 忘签 charge applies.
public sealed record PunchCorrection(string EmployeeId, DateOnly Date, PunchSlot Slot);
