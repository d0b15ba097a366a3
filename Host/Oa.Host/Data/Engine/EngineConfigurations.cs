using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oa.Host.Data.Engine;

internal sealed class ProcessDefinitionConfiguration : IEntityTypeConfiguration<ProcessDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<ProcessDefinitionRecord> b)
    {
        b.ToTable("process_definitions");
        b.Property(x => x.Key).HasMaxLength(128).IsRequired();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Category).HasMaxLength(64);
        b.Property(x => x.FormId).HasMaxLength(128);
        b.Property(x => x.FileHash).HasMaxLength(64);
        b.Property(x => x.ContentHash).HasMaxLength(128);
        b.HasIndex(x => new { x.Key, x.Version }).IsUnique();
    }
}

internal sealed class FormDefinitionConfiguration : IEntityTypeConfiguration<FormDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<FormDefinitionRecord> b)
    {
        b.ToTable("form_definitions");
        b.Property(x => x.FormId).HasMaxLength(128).IsRequired();
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.HasIndex(x => new { x.FormId, x.Version }).IsUnique();
    }
}

internal sealed class ProcessInstanceConfiguration : IEntityTypeConfiguration<ProcessInstanceRecord>
{
    public void Configure(EntityTypeBuilder<ProcessInstanceRecord> b)
    {
        b.ToTable("process_instances");
        b.Property(x => x.Id).HasMaxLength(64);
        b.Property(x => x.ProcessKey).HasMaxLength(128);
        b.Property(x => x.ProcessName).HasMaxLength(200);
        b.Property(x => x.Status).HasMaxLength(16);
        b.Property(x => x.BusinessKey).HasMaxLength(128);
        b.Property(x => x.SerialNo).HasMaxLength(64);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Initiator).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.Initiator, x.StartedAt });
        b.HasIndex(x => new { x.ProcessKey, x.Status });
        b.HasIndex(x => x.SerialNo);
    }
}

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> b)
    {
        b.ToTable("tasks");
        b.Property(x => x.Id).HasMaxLength(96);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.ElementId).HasMaxLength(128);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.DelegatedBy).HasMaxLength(64);
        b.Property(x => x.Assignee).HasMaxLength(64);
        b.Property(x => x.CompletedBy).HasMaxLength(64);
        b.Property(x => x.Outcome).HasMaxLength(32);
        b.Property(x => x.ProcessKey).HasMaxLength(128);
        b.Property(x => x.ProcessName).HasMaxLength(200);
        b.Property(x => x.InstanceTitle).HasMaxLength(300);
        b.Property(x => x.SerialNo).HasMaxLength(64);
        b.Property(x => x.Initiator).HasMaxLength(64);
        b.HasMany(x => x.Candidates).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        // The inbox: my open tasks (and, with Assignee IS NULL, the open pool) by age or by due date, in index order
        // (TodoQuery). Id makes them covering for the pool walk, which probes task_candidates by task id per row.
        b.HasIndex(x => new { x.Assignee, x.Status, x.CreatedAt, x.Id });
        b.HasIndex(x => new { x.Assignee, x.Status, x.DueAt, x.CreatedAt, x.Id });
        // My completed tasks newest first.
        b.HasIndex(x => new { x.CompletedBy, x.CompletedAt });
        b.HasIndex(x => x.InstanceId);
    }
}

internal sealed class TaskCandidateConfiguration : IEntityTypeConfiguration<TaskCandidate>
{
    public void Configure(EntityTypeBuilder<TaskCandidate> b)
    {
        b.ToTable("task_candidates");
        b.HasKey(x => new { x.TaskId, x.Kind, x.Value });
        b.Property(x => x.TaskId).HasMaxLength(96);
        b.Property(x => x.Value).HasMaxLength(64);
        // Covering for the inbox's pool branch (TodoQuery.PoolFromOffers, PoolIds): a user's or role's offered task ids without a row lookup.
        b.HasIndex(x => new { x.Kind, x.Value, x.TaskId });
    }
}

internal sealed class TimerConfiguration : IEntityTypeConfiguration<TimerRecord>
{
    public void Configure(EntityTypeBuilder<TimerRecord> b)
    {
        b.ToTable("timers");
        b.Property(x => x.Id).HasMaxLength(96);
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.ElementId).HasMaxLength(128);
        b.HasIndex(x => x.DueAt);
        b.HasIndex(x => x.InstanceId);
    }
}

internal sealed class HistoryConfiguration : IEntityTypeConfiguration<HistoryRecord>
{
    public void Configure(EntityTypeBuilder<HistoryRecord> b)
    {
        b.ToTable("history");
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.Type).HasMaxLength(48);
        b.Property(x => x.ElementId).HasMaxLength(128);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.ClientIp).HasMaxLength(64);
        b.HasIndex(x => new { x.InstanceId, x.Id });
    }
}

internal sealed class SerialCounterConfiguration : IEntityTypeConfiguration<SerialCounter>
{
    public void Configure(EntityTypeBuilder<SerialCounter> b)
    {
        b.ToTable("serial_counters");
        b.HasKey(x => new { x.ProcessKey, x.Period });
        b.Property(x => x.ProcessKey).HasMaxLength(128);
        b.Property(x => x.Period).HasMaxLength(16);
    }
}

internal sealed class CarbonCopyConfiguration : IEntityTypeConfiguration<CarbonCopy>
{
    public void Configure(EntityTypeBuilder<CarbonCopy> b)
    {
        b.ToTable("carbon_copies");
        b.Property(x => x.InstanceId).HasMaxLength(64);
        b.Property(x => x.UserName).HasMaxLength(64);
        b.Property(x => x.FromUser).HasMaxLength(64);
        b.Property(x => x.ElementId).HasMaxLength(128);
        b.Property(x => x.InstanceTitle).HasMaxLength(300);
        b.Property(x => x.ProcessName).HasMaxLength(200);
        b.Property(x => x.SerialNo).HasMaxLength(64);
        b.HasIndex(x => new { x.UserName, x.At });
        b.HasIndex(x => new { x.InstanceId, x.UserName }).IsUnique();
    }
}
