using Grassroots.Web.Platform.Audit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grassroots.Web.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSetup
{
    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{value}'.");
    }

    /// <summary>The SQLite file lives in a data folder beside the app unless a connection string says otherwise.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString("Default");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "grassroots.db") }.ToString();
    }

    public static IServiceCollection AddGrassrootsData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var contentRoot = environment.ContentRootPath;
        services.AddScoped<AuditRecorder>();
        services.AddHttpContextAccessor();
        services.AddScoped<ReadRoute>();
        services.AddDataProtection().SetApplicationName("Grassroots").PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(configuration, environment)));
        var provider = ProviderOf(configuration);
        if (provider == DatabaseProvider.Sqlite && ReplicaSet.IsConfigured(configuration))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ReplicaSet.ConnectionStringName} is for PostgreSQL standbys; SQLite has none.");
        }
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionString(configuration, contentRoot);
                // The options are built once, not for every request's scope.
                services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => ConfigureSqlite(o, sqlite), optionsLifetime: ServiceLifetime.Singleton);
                services.AddSingleton<SqliteCheckpointer>();
                services.AddHostedService(sp => sp.GetRequiredService<SqliteCheckpointer>());
                break;
            case DatabaseProvider.Postgres:
                var postgres = configuration.GetConnectionString("Default");
                if (string.IsNullOrWhiteSpace(postgres))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres, so ConnectionStrings:Default must be set.");
                }
                if (ReplicaSet.IsConfigured(configuration))
                {
                    // The primary's context is built by the container itself (AddDbContext would resolve it through AppDbContext,
                    // which the read route below answers).
                    services.AddScoped<PostgresAppDbContext>();
                }
                services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => ConfigurePostgres(o, postgres), optionsLifetime: ServiceLifetime.Singleton);
                if (ReplicaSet.IsConfigured(configuration))
                {
                    // Reads from standbys (docs/operations.md): the pages and endpoints that opted in get a standby's context.
                    services.AddSingleton<ReplicaSet>();
                    services.AddSingleton<ReplicaMonitor>();
                    services.AddHostedService(sp => sp.GetRequiredService<ReplicaMonitor>());
                    services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<ReadRoute>().Context(sp));
                }
                break;
        }
        return services;
    }

    /// <summary>
    /// Keys that encrypt denouncers' identities and sign-in cookies live where the operator keeps and backs them up
    /// (<c>DataProtection:KeysFolder</c>). Production refuses to guess: keys beside the app are lost with the next
    /// deployment, and with them every encrypted identity. Development and tests keep them in <c>data/keys</c>.
    /// </summary>
    public static string KeysFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["DataProtection:KeysFolder"] is { Length: > 0 } folder)
        {
            return folder;
        }
        if (environment.IsProduction())
        {
            throw new InvalidOperationException(KeysFolderMissing);
        }
        return Path.Combine(environment.ContentRootPath, "data", "keys");
    }

    public const string KeysFolderMissing =
        "DataProtection:KeysFolder must be set in Production (e.g. DataProtection__KeysFolder=/var/lib/grassroots/keys): " +
        "the keys that encrypt denouncers' identities and sign-in cookies must live in a folder you keep and back up with the database, not beside the app.";

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(SqlitePragmas.Instance);

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithPreparedStatements(connectionString), o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    /// <summary>
    /// Statements run again and again (the portal's inserts, the queue's queries) are prepared once per connection, so
    /// the server does not parse and plan them each time — unless the connection string says otherwise. Measured on
    /// the portal's intake: PostgreSQL's CPU per letter halved (0.57 → 0.29 ms).
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        // Npgsql's own builder answers every keyword it knows as present: the plain one tells what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }

    /// <summary>Creates the database if needed and applies every migration of the configured provider.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers go on while one writer writes; the mode stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
