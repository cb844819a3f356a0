using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grassroots.Tests.Infrastructure;

/// <summary>
/// Every test gets its own database, cloned from a template that was migrated and filled with the demo
/// data once per run and provider: SQLite by the online backup API, PostgreSQL by CREATE DATABASE ... TEMPLATE.
/// </summary>
public static class TestDatabases
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<DatabaseProvider, string> Templates = [];
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "grassroots-tests", RunId);

    public static string PostgresAdmin =>
        Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG")
        ?? "Host=127.0.0.1;Port=5432;Username=grassroots;Password=grassroots;Database=postgres";

    public static async Task<string> CloneAsync(DatabaseProvider provider)
    {
        var template = await TemplateAsync(provider);
        var name = "gr_" + RunId + "_" + Guid.NewGuid().ToString("N")[..12];
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var file = Path.Combine(Folder, name + ".db");
                var clone = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
                // One copy at a time: parallel readers of a WAL template can meet "database is locked" during recovery.
                await Gate.WaitAsync();
                try
                {
                    await using var source = new SqliteConnection(template);
                    await using var target = new SqliteConnection(clone);
                    await source.OpenAsync();
                    await target.OpenAsync();
                    source.BackupDatabase(target);
                }
                finally
                {
                    Gate.Release();
                }
                return new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
            case DatabaseProvider.Postgres:
                var templateName = new NpgsqlConnectionStringBuilder(template).Database!;
                await ExecutePostgresAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{templateName}\"");
                // At most 30 connections an app: test apps run side by side against one server of 100 connection slots, and a
        // test that sends 100 requests at once (DocumentRegisterTests) must wait for a connection, not take the server's last.
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name, MaxPoolSize = 30 }.ToString();
            default:
                throw new ArgumentOutOfRangeException(nameof(provider));
        }
    }

    /// <summary>An empty database (nothing migrated), for tests of start-up itself.</summary>
    public static async Task<string> EmptyAsync(DatabaseProvider provider)
    {
        System.IO.Directory.CreateDirectory(Folder);
        var name = "gr_" + RunId + "_" + Guid.NewGuid().ToString("N")[..12];
        if (provider == DatabaseProvider.Sqlite)
        {
            return new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, name + ".db"), Pooling = false }.ToString();
        }
        await ExecutePostgresAsync($"CREATE DATABASE \"{name}\"");
        // At most 30 connections an app: test apps run side by side against one server of 100 connection slots, and a
        // test that sends 100 requests at once (DocumentRegisterTests) must wait for a connection, not take the server's last.
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name, MaxPoolSize = 30 }.ToString();
    }

    public static async Task DropAsync(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
            // Clean-up only: an autovacuum worker on the database cannot be ended by a non-superuser, so try again
            // a little later and, failing that, leave the database to the throw-away cluster.
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                try
                {
                    await ExecutePostgresAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                    return;
                }
                catch (PostgresException e) when (e.SqlState is "42501" or "55006")
                {
                    await Task.Delay(200 * attempt);
                }
            }
        }
        else
        {
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<string> TemplateAsync(DatabaseProvider provider)
    {
        await Gate.WaitAsync();
        try
        {
            if (Templates.TryGetValue(provider, out var existing))
            {
                return existing;
            }
            var connectionString = await EmptyAsync(provider);
            // Starting the app migrates the database and lays the demo data, exactly as in production.
            await using (var app = new GrassrootsApp(provider, connectionString, ownsDatabase: false))
            {
                app.CreateClient().Dispose();
            }
            if (provider == DatabaseProvider.Postgres)
            {
                NpgsqlConnection.ClearAllPools();
            }
            else
            {
                // A template in rollback-journal mode is a single file that readers open without WAL recovery.
                SqliteConnection.ClearAllPools();
                await using var db = new SqliteConnection(connectionString);
                await db.OpenAsync();
                await using var command = db.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
                await command.ExecuteNonQueryAsync();
            }
            Templates[provider] = connectionString;
            return connectionString;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task ExecutePostgresAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
