using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Oa.Host.Data;

// Used only by `dotnet ef migrations add` to build each provider's model; never at run time.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOaDbContext>
{
    public SqliteOaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOaDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOaDbContext>
{
    public PostgresOaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOaDbContext>().UseNpgsql("Host=localhost;Database=oa_design").Options);
}
