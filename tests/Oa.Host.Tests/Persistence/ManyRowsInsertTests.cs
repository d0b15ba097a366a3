using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Data.Engine;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Persistence;

/// <summary>Rows appended outside the change tracker read back exactly as EF would have stored them, on both providers.</summary>
public abstract class ManyRowsInsertTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    [Fact]
    public async Task ManyRows_ReadBackEqual_DatesDecimalsNullsAndGeneratedIds()
    {
        var period = "t" + Guid.NewGuid().ToString("N")[..6];
        var days = Enumerable.Range(0, 1200).Select(i => new DayResultRecord
        {
            PeriodId = period, UserName = "u" + i % 37, Date = new DateOnly(2026, 1, 1).AddDays(i % 300), Kind = i % 2 == 0 ? "Workday" : "Holiday",
            LateMinutes = i % 61, EarlyMinutes = i % 7, MissedSlots = i % 3 == 0 ? "MorningIn,EveningOut" : "", CorrectedSlots = "",
            AbsentDays = i % 4 * 0.25m, ExcusedDays = 0.5m, OvertimeMinutes = i,
        }).ToList();
        var deductions = Enumerable.Range(0, 300).Select(i => new DeductionRecord
        {
            PeriodId = period, UserName = "u" + i, Date = new DateOnly(2026, 2, 1 + i % 28), Rule = "Late",
            Quantity = i, UnitAmount = 12.34m, Amount = i * 12.34m, Text = "迟到 '" + i + "' \"分钟\"",
        }).ToList();
        var instance = "i" + Guid.NewGuid().ToString("N");
        var at = new DateTimeOffset(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
        var history = Enumerable.Range(0, 5).Select(i => new HistoryRecord
        {
            InstanceId = instance, Type = "Completed", ElementId = i == 0 ? null : "task" + i, UserName = "wangwu", At = at.AddMinutes(i), Comment = i == 1 ? null : "同意",
        }).ToList();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await db.InsertManyAsync(days, default);
            await db.InsertManyAsync(deductions, default);
            await db.InsertManyAsync(history, default);
            await tx.CommitAsync();
        }

        await using var check = factory.Services.CreateAsyncScope();
        var read = check.ServiceProvider.GetRequiredService<OaDbContext>();
        var storedDays = await read.DayResults.AsNoTracking().Where(d => d.PeriodId == period).ToListAsync();
        Assert.Equal(days.Count, storedDays.Count);
        var key = (DayResultRecord d) => (d.UserName, d.Date, d.OvertimeMinutes);
        Assert.Equal(days.OrderBy(key).Select(Describe), storedDays.OrderBy(key).Select(Describe));
        var storedDeductions = await read.Deductions.AsNoTracking().Where(d => d.PeriodId == period).OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(deductions.Select(d => (d.UserName, d.Date, d.Quantity, d.Amount, d.Text)), storedDeductions.Select(d => (d.UserName, d.Date, d.Quantity, d.Amount, d.Text)));
        Assert.Equal(storedDeductions.Count, storedDeductions.Select(d => d.Id).Distinct().Count());
        var storedHistory = await read.History.AsNoTracking().Where(h => h.InstanceId == instance).OrderBy(h => h.At).ToListAsync();
        Assert.Equal(history.Select(h => (h.ElementId, h.At, h.Comment)), storedHistory.Select(h => (h.ElementId, h.At, h.Comment)));
    }

    [Fact]
    public async Task RolledBackTransaction_KeepsNoneOfTheRows()
    {
        var period = "r" + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            await db.InsertManyAsync(Enumerable.Range(0, 50).Select(i => new DayResultRecord { PeriodId = period, UserName = "u" + i, Date = new DateOnly(2026, 1, 1), Kind = "Workday" }).ToList(), default);
            Assert.Equal(50, await db.DayResults.CountAsync(d => d.PeriodId == period));
            await tx.RollbackAsync();
        }
        await using var check = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<OaDbContext>().DayResults.CountAsync(d => d.PeriodId == period));
    }

    private static string Describe(DayResultRecord d) =>
        $"{d.UserName}|{d.Date}|{d.Kind}|{d.LateMinutes}|{d.EarlyMinutes}|{d.MissedSlots}|{d.CorrectedSlots}|{d.AbsentDays:0.00}|{d.ExcusedDays:0.00}|{d.OvertimeMinutes}";
}

public sealed class SqliteManyRowsInsertTests(OaFactory factory) : ManyRowsInsertTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresManyRowsInsertTests(PostgresOaFactory factory) : ManyRowsInsertTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
