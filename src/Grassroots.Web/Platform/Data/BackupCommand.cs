namespace Grassroots.Web.Platform.Data;

/// <summary>
/// The operator's commands, run with the app's own configuration (the same <c>ConnectionStrings:Default</c> and keys folder).
/// SQLite: <c>dotnet Grassroots.Web.dll backup --to FILE.zip</c> while the app serves, and <c>restore --from FILE.zip</c> into
/// an empty place. PostgreSQL (<see cref="PostgresBackups"/>): <c>backup --to FOLDER</c> (a base backup, while the app serves)
/// and <c>restore --from FOLDER --data-dir PGDATA [--wal-archive FOLDER] [--target-time "2026-12-06 10:15:00+07"]
/// [--target-name NAME]</c> into an empty data directory, then the server is started on it. Exit code 0 when done, 1 with
/// the reason on standard error otherwise.
/// </summary>
public static class BackupCommand
{
    public static bool Handles(string[] args) => args is ["backup" or "restore", ..];

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        try
        {
            if (DatabaseSetup.ProviderOf(configuration) == DatabaseProvider.Postgres)
            {
                return await RunPostgresAsync(args, Option, configuration, environment);
            }
            var connection = DatabaseSetup.SqliteConnectionString(configuration, environment.ContentRootPath);
            var keys = DatabaseSetup.KeysFolder(configuration, environment);
            if (args[0] == "backup")
            {
                var to = Option("--to") ?? throw new BackupException("Cần chỉ nơi lưu: backup --to <tệp.zip>.");
                var manifest = await SqliteBackups.BackupAsync(connection, keys, to, TimeProvider.System);
                Console.WriteLine($"Đã sao lưu {manifest.Tables.Count} bảng, {manifest.Tables.Sum(t => t.Rows):N0} dòng, vào {to} ({new FileInfo(to).Length:N0} byte).");
            }
            else
            {
                var from = Option("--from") ?? throw new BackupException("Cần chỉ bản sao lưu: restore --from <tệp.zip>.");
                var manifest = await SqliteBackups.RestoreAsync(from, connection, keys);
                Console.WriteLine($"Đã khôi phục {manifest.Tables.Count} bảng, {manifest.Tables.Sum(t => t.Rows):N0} dòng, bản sao lưu lúc {manifest.TakenAtUtc:u}; mọi bảng khớp danh mục kiểm tra.");
            }
            return 0;
        }
        catch (BackupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static async Task<int> RunPostgresAsync(string[] args, Func<string, string?> option, IConfiguration configuration, IHostEnvironment environment)
    {
        var connection = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new BackupException("Database:Provider là Postgres nên cần ConnectionStrings__Default.");
        }
        var keys = DatabaseSetup.KeysFolder(configuration, environment);
        if (args[0] == "backup")
        {
            var to = option("--to") ?? throw new BackupException("Cần chỉ nơi lưu: backup --to <thư mục mới>.");
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var manifest = await PostgresBackups.BackupAsync(connection, keys, to, TimeProvider.System, configuration["Backup:PostgresBin"]);
            var size = new DirectoryInfo(to).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            Console.WriteLine($"Đã sao lưu cơ sở (base backup) vào {to}: {size:N0} byte, {watch.Elapsed.TotalSeconds:N1} giây; {manifest.Tables.Count} bảng, {manifest.Tables.Sum(t => t.Rows):N0} dòng lúc xong.");
            return 0;
        }
        var from = option("--from") ?? throw new BackupException("Cần chỉ bản sao lưu: restore --from <thư mục> --data-dir <thư mục dữ liệu trống>.");
        var dataDir = option("--data-dir") ?? throw new BackupException("Cần chỉ thư mục dữ liệu mới của PostgreSQL: --data-dir <thư mục trống>.");
        DateTimeOffset? time = null;
        if (option("--target-time") is { } text)
        {
            time = DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw new BackupException($"--target-time: \"{text}\" không phải là một thời điểm (ví dụ 2026-12-06 10:15:00+07).");
        }
        var restored = await PostgresBackups.RestoreAsync(from, dataDir, keys, option("--wal-archive"), new PostgresBackups.RecoveryTarget(time, option("--target-name")));
        Console.WriteLine($"Đã giải nén bản sao lưu lúc {restored.TakenAtUtc:u} vào {dataDir}. Khởi động PostgreSQL trên thư mục này "
            + "(pg_ctl -D … start); máy chủ tự phát lại WAL đến điểm đã chọn rồi mở để ghi.");
        return 0;
    }
}
