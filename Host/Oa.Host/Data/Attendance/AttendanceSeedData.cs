using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Data.Attendance;

/// <summary>
/// What a new database starts with: the 2026 public holidays and make-up days, and the headquarters schedule. Seeded
/// by the migration (not at start-up) so every node sees the same rows and HR's later edits are never overwritten.
/// </summary>
internal sealed class CalendarSeed : IEntityTypeConfiguration<CalendarDayRecord>
{
    public void Configure(EntityTypeBuilder<CalendarDayRecord> b) =>
        b.HasData(ChinaHolidays2026.Days().Select(d => new CalendarDayRecord
        {
            Date = d.Date, Kind = CalendarKinds.Of(d.Kind), Name = d.Name, UpdatedBy = "system",
            UpdatedAt = new DateTimeOffset(2025, 11, 4, 0, 0, 0, TimeSpan.Zero),
        }));
}

internal sealed class ScheduleSeed : IEntityTypeConfiguration<ScheduleRecord>
{
    public void Configure(EntityTypeBuilder<ScheduleRecord> b) =>
        b.HasData(new ScheduleRecord
        {
            Id = ScheduleRecord.HeadquartersId, Name = "总部",
            MorningStart = new(9, 0), MorningEnd = new(12, 0), AfternoonStart = new(13, 0), AfternoonEnd = new(18, 0),
        });
}
