using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Reports;

/// <summary>
/// Writes instance and task rows with fixed timestamps straight into the database, so report figures can be checked
/// against numbers worked out by hand (the engine would stamp "now" on everything).
/// </summary>
public static class ReportKit
{
    public sealed record TaskSpec(string ElementId, string Name, string? Assignee, DateTimeOffset Created, DateTimeOffset? Completed = null,
        string? CompletedBy = null, DateTimeOffset? Due = null, bool Cancelled = false);

    public static TaskSpec Step(string elementId, string name, string? assignee, DateTimeOffset created, DateTimeOffset? completed = null,
        string? completedBy = null, DateTimeOffset? Due = null, bool Cancelled = false) => new(elementId, name, assignee, created, completed, completedBy, Due, Cancelled);

    public static DateTimeOffset At(string utc) => DateTimeOffset.Parse(utc + "Z", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<string> InstanceAsync(this OaFactory factory, string processKey, string initiator, string department, string status,
        DateTimeOffset started, params TaskSpec[] tasks)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var id = Guid.NewGuid().ToString("N");
        var title = $"{processKey} {initiator} {started:MM-dd}";
        db.ProcessInstances.Add(new ProcessInstanceRecord
        {
            Id = id, ProcessKey = processKey, DefinitionVersion = 1, ProcessName = "报表测试", Status = status, Title = title,
            Initiator = initiator, InitiatorDepartmentId = department, StartedAt = started,
            EndedAt = status == "running" ? null : tasks.Select(t => t.Completed ?? t.Created).DefaultIfEmpty(started).Max(), StateJson = "{}",
        });
        foreach (var t in tasks)
            db.Tasks.Add(new WorkTask
            {
                Id = Guid.NewGuid().ToString("N"), InstanceId = id, ElementId = t.ElementId, Name = t.Name, Assignee = t.Assignee,
                Status = t.Cancelled ? WorkTaskStatus.Cancelled : t.Completed is null ? WorkTaskStatus.Open : WorkTaskStatus.Completed,
                CreatedAt = t.Created, CompletedAt = t.Completed, CompletedBy = t.CompletedBy, DueAt = t.Due,
                ProcessKey = processKey, ProcessName = "报表测试", InstanceTitle = title, Initiator = initiator,
            });
        await db.SaveChangesAsync();
        return id;
    }
}
