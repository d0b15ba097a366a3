using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.Attendance;

internal sealed class PunchConfiguration : IEntityTypeConfiguration<PunchRecord>
{
    public void Configure(EntityTypeBuilder<PunchRecord> b)
    {
        b.ToTable("attendance_punches");
        b.Property(x => x.UserName).HasMaxLength(64);
        // Wall-clock time as ticks: PostgreSQL would otherwise demand UTC for timestamptz, SQLite compare text.
        b.Property(x => x.At).HasConversion(v => v.Ticks, v => new DateTime(v, DateTimeKind.Unspecified));
        b.Property(x => x.Source).HasMaxLength(32);
        b.Property(x => x.ImportId).HasMaxLength(64);
        b.HasIndex(x => new { x.UserName, x.At }).IsUnique();
    }
}

internal sealed class PunchCorrectionConfiguration : IEntityTypeConfiguration<PunchCorrectionRecord>
{
    public void Configure(EntityTypeBuilder<PunchCorrectionRecord> b)
    {
        b.ToTable("attendance_punch_corrections");
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Slot).HasMaxLength(16);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.HasIndex(x => x.InstanceId).IsUnique();
        b.HasIndex(x => new { x.UserName, x.Date });
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDayRecord>
{
    public void Configure(EntityTypeBuilder<CalendarDayRecord> b)
    {
        b.ToTable("attendance_calendar");
        b.HasKey(x => x.Date);
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.UpdatedBy).HasMaxLength(64);
    }
}

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<ScheduleRecord>
{
    public void Configure(EntityTypeBuilder<ScheduleRecord> b)
    {
        b.ToTable("attendance_schedules");
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Customer).HasMaxLength(200);
    }
}

internal sealed class ScheduleAssignmentConfiguration : IEntityTypeConfiguration<ScheduleAssignment>
{
    public void Configure(EntityTypeBuilder<ScheduleAssignment> b)
    {
        b.ToTable("attendance_schedule_assignments");
        b.HasKey(x => x.UserName);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.ScheduleId).HasMaxLength(64);
    }
}

internal sealed class ScheduleSpanConfiguration : IEntityTypeConfiguration<ScheduleSpanRecord>
{
    public void Configure(EntityTypeBuilder<ScheduleSpanRecord> b)
    {
        b.ToTable("attendance_schedule_spans");
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.ScheduleId).HasMaxLength(64);
        b.Property(x => x.UpdatedBy).HasMaxLength(64);
        b.HasIndex(x => new { x.UserName, x.From });
    }
}

internal sealed class AttendancePeriodConfiguration : IEntityTypeConfiguration<AttendancePeriodRecord>
{
    public void Configure(EntityTypeBuilder<AttendancePeriodRecord> b)
    {
        b.ToTable("attendance_periods");
        b.Property(x => x.Id).HasMaxLength(7);
        b.Property(x => x.State).HasMaxLength(16);
        b.Property(x => x.ClosedBy).HasMaxLength(64);
        b.Property(x => x.ConfirmedBy).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class PeriodAuditConfiguration : IEntityTypeConfiguration<PeriodAuditRecord>
{
    public void Configure(EntityTypeBuilder<PeriodAuditRecord> b)
    {
        b.ToTable("attendance_period_audit");
        b.Property(x => x.PeriodId).HasMaxLength(7);
        b.Property(x => x.Action).HasMaxLength(32);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasIndex(x => x.PeriodId);
    }
}

internal sealed class DayResultConfiguration : IEntityTypeConfiguration<DayResultRecord>
{
    public void Configure(EntityTypeBuilder<DayResultRecord> b)
    {
        b.ToTable("attendance_day_results");
        b.HasKey(x => new { x.PeriodId, x.UserName, x.Date });
        b.Property(x => x.PeriodId).HasMaxLength(7);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Kind).HasMaxLength(16);
        b.Property(x => x.MissedSlots).HasMaxLength(32);
        b.Property(x => x.CorrectedSlots).HasMaxLength(32);
    }
}

internal sealed class PeriodSummaryConfiguration : IEntityTypeConfiguration<PeriodSummaryRecord>
{
    public void Configure(EntityTypeBuilder<PeriodSummaryRecord> b)
    {
        b.ToTable("attendance_summaries");
        b.HasKey(x => new { x.PeriodId, x.UserName });
        b.Property(x => x.PeriodId).HasMaxLength(7);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.Property(x => x.DepartmentId).HasMaxLength(64);
        b.Property(x => x.ExceptionInstanceId).HasMaxLength(64);
    }
}

internal sealed class DeductionConfiguration : IEntityTypeConfiguration<DeductionRecord>
{
    public void Configure(EntityTypeBuilder<DeductionRecord> b)
    {
        b.ToTable("attendance_deductions");
        b.Property(x => x.PeriodId).HasMaxLength(7);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.Rule).HasMaxLength(32);
        b.Property(x => x.Text).HasMaxLength(200);
        b.HasIndex(x => new { x.PeriodId, x.UserName });
    }
}

internal sealed class ExceptionApprovalConfiguration : IEntityTypeConfiguration<ExceptionApprovalRecord>
{
    public void Configure(EntityTypeBuilder<ExceptionApprovalRecord> b)
    {
        b.ToTable("attendance_exception_approvals");
        b.HasKey(x => new { x.PeriodId, x.UserName });
        b.Property(x => x.PeriodId).HasMaxLength(7);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.InstanceId).HasMaxLength(64);
    }
}

internal sealed class PayrollItemConfiguration : IEntityTypeConfiguration<PayrollItemRecord>
{
    public void Configure(EntityTypeBuilder<PayrollItemRecord> b)
    {
        b.ToTable("payroll_items");
        b.Property(x => x.PeriodId).HasMaxLength(7);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.DepartmentId).HasMaxLength(64);
        b.Property(x => x.Kind).HasMaxLength(32);
        b.Property(x => x.Reference).HasMaxLength(128);
        b.Property(x => x.Text).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        // Two runs of one period at once compute the same run number: the second fails here instead of paying twice.
        b.HasIndex(x => new { x.PeriodId, x.UserName, x.Kind, x.Reference, x.RunNo }).IsUnique();
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRunRecord>
{
    public void Configure(EntityTypeBuilder<JobRunRecord> b)
    {
        b.ToTable("job_runs");
        b.HasKey(x => x.JobKey);
        b.Property(x => x.JobKey).HasMaxLength(200);
        b.Property(x => x.Result).HasMaxLength(1000);
        b.Property(x => x.Error).HasMaxLength(2000);
        b.Property(x => x.Node).HasMaxLength(200);
    }
}
