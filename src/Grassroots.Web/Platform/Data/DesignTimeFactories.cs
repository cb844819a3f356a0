using Microsoft.EntityFrameworkCore.Design;

namespace Grassroots.Web.Platform.Data;

// Used only by `dotnet ef migrations add ... --context SqliteAppDbContext|PostgresAppDbContext`.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseSetup.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqliteAppDbContext(options.Options);
    }
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>();
        DatabaseSetup.ConfigurePostgres(options, "Host=localhost;Database=grassroots_design;Username=grassroots;Password=grassroots");
        return new PostgresAppDbContext(options.Options);
    }
}
