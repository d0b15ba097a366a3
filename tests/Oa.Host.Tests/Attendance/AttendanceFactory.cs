using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Data.Engine;
using Oa.Host.Features.Definitions;
using Oa.Host.Tests.Infrastructure;
using Oa.Workflows.Runtime;

namespace Oa.Host.Tests.Attendance;

/// <summary>
/// The host on a fake clock set to 2026-05-27 (the day after the 2026-05 period ended), with the shipped 异常考勤审批
/// published. Each test class gets its own database; tests use distinct people so they never see each other's data.
/// </summary>
public class AttendanceFactory : OaFactory
{
    public AttendanceFactory() { }

    protected AttendanceFactory(string provider) : base(provider) { }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 27, 1, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Timers:Enabled", "false");
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    /// <summary>
    /// Makes only these people attendance employees (the others get no hire date), so a close starts a handful of
    /// approvals instead of one for each of the 40 demo people without punches. They stay active approvers.
    /// </summary>
    public Task OnlyEmployeesAsync(params string[] userNames) => WithDbAsync(async db =>
    {
        foreach (var u in await db.Users.Where(u => !userNames.Contains(u.UserName!)).ToListAsync()) u.HireDate = null;
    });

    public async Task PublishShippedAsync(params string[] names)
    {
        var dir = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(dir, "Definitions", "Processes"))) dir = Path.GetDirectoryName(dir)!;
        var files = names.SelectMany(n => new[] { $"Processes/{n}.bpmn", $"Forms/{n}.form" })
            .Select(f => new DefinitionFile(f, File.ReadAllText(Path.Combine(dir, "Definitions", f)))).ToList();
        await using var scope = Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DefinitionPublisher>().PublishAsync(files, "admin", CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(p => p.Message)));
    }

    public async Task WithDbAsync(Func<OaDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        await work(db);
        await db.SaveChangesAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<OaDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OaDbContext>());
    }

    public Task AddPunchesAsync(string user, params string[] times) => WithDbAsync(db =>
    {
        db.Punches.AddRange(times.Select(t => new PunchRecord { UserName = user, At = DateTime.Parse(t), Source = "test", ImportedAt = Clock.GetUtcNow() }));
        return Task.CompletedTask;
    });

    /// <summary>A request that ended approved, as the instance store leaves it (status "completed", variables in the state).</summary>
    public Task<string> AddApprovedAsync(string processKey, string initiator, object variables) => WithDbAsync(async db =>
    {
        var id = Guid.NewGuid().ToString("N");
        var vars = JsonSerializer.SerializeToElement(variables).EnumerateObject().ToImmutableSortedDictionary(p => p.Name, p => p.Value.Clone());
        var state = new InstanceState { InstanceId = id, ProcessKey = processKey, Initiator = initiator, Status = InstanceStatus.Completed, Variables = vars };
        db.ProcessInstances.Add(new ProcessInstanceRecord
        {
            Id = id, ProcessKey = processKey, ProcessName = processKey, Status = "completed", Initiator = initiator, Title = processKey,
            StartedAt = Clock.GetUtcNow().AddDays(-30), EndedAt = Clock.GetUtcNow().AddDays(-29), StateJson = InstanceStateSerializer.Serialize(state), Version = 1,
        });
        await db.SaveChangesAsync();
        return id;
    });

    /// <summary>On time every workday of the period from <paramref name="from"/>, except the dates listed.</summary>
    public async Task AddFullAttendanceAsync(string user, DateOnly from, params DateOnly[] except)
    {
        var calendar = await WithDbAsync(db => Features.Attendance.AttendanceData.CalendarAsync(db, CancellationToken.None));
        var times = new List<string>();
        for (var d = from; d <= new DateOnly(2026, 5, 25); d = d.AddDays(1))
            if (calendar.KindOf(d) == Features.Attendance.Rules.DayKind.Workday && !except.Contains(d))
                times.AddRange([$"{d:yyyy-MM-dd} 08:55", $"{d:yyyy-MM-dd} 18:05"]);
        await AddPunchesAsync(user, [.. times]);
    }
}
