using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Persistence;

/// <summary>The same persistence behaviour on both providers: migrations apply, writes commit atomically, stamps count.</summary>
public abstract class ProviderTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    [Fact]
    public async Task Migrations_AllApplied_NonePending()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(factory.Provider == "Postgres" ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
    }

    [Fact]
    public async Task DemoOrganisation_Loaded_WithHeadsAndRoles()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        Assert.Equal("wanglei", (await db.Departments.SingleAsync(d => d.Id == "fwyyb-jjjl")).HeadUserName);
        Assert.True(await db.Users.CountAsync() >= 40);
        var finance = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == "财务" select ur).CountAsync();
        Assert.Equal(2, finance);
    }

    [Fact]
    public async Task ChangeStamp_ConcurrentBumps_NoneLost()
    {
        var area = "test-" + Guid.NewGuid().ToString("N")[..6];
        await using (var first = factory.Services.CreateAsyncScope())
            await first.ServiceProvider.GetRequiredService<OaDbContext>().BumpAsync(area);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OaDbContext>().BumpAsync(area);
        }));
        await using var check = factory.Services.CreateAsyncScope();
        Assert.Equal(11, await check.ServiceProvider.GetRequiredService<OaDbContext>().ReadAsync(area));
    }

    [Fact]
    public async Task FailedUserCreate_LeavesNoHalfWrittenUser()
    {
        var admin = await factory.ClientAsAsync("admin");
        var name = ApiClient.Unique("weak");
        var response = await admin.PostAsJsonAsync("/api/org/users", new { userName = name, displayName = "弱密码", password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<OaDbContext>().Users.AnyAsync(u => u.UserName == name));
    }
}

public sealed class SqliteProviderTests(OaFactory factory) : ProviderTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresProviderTests(PostgresOaFactory factory) : ProviderTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
