namespace Oa.Host.Features.Admin.System;

public sealed record SystemStatus(
    string Version, string Provider, string? Schema, int PendingMigrations, bool DatabaseOk, string? DatabaseError,
    string SchedulerState, IReadOnlyList<(string Job, DateTimeOffset? Next)> Jobs,
    string DataDirectory, long? DiskFreeBytes, long? DiskTotalBytes,
    IReadOnlyList<(string Name, DateTime WrittenUtc, long Bytes)> Backups, int RetentionDays,
    Operations.Backup.IntegrityCheck.Report? LastCheck,
    long RunningInstances, long OpenTasks, long OverdueTasks, long DueTimers, long UnattachedFiles,
    long PendingDeliveries, long FailedDeliveries, long PendingJobs, IReadOnlyList<(string Node, DateTimeOffset LastCheckIn)> ClusterNodes);
