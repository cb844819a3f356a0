namespace Grassroots.Web.Platform.Data;

/// <summary>
/// The operator's commands, run with the app's own configuration (the same <c>ConnectionStrings:Default</c> and keys folder):
/// <c>dotnet Grassroots.Web.dll backup --to FILE.zip</c> while the app serves, and <c>restore --from FILE.zip</c> into an
/// empty place. Exit code 0 when done, 1 with the reason on standard error otherwise.
/// </summary>
public static class BackupCommand
{
    public static bool Handles(string[] args) => args is ["backup" or "restore", ..];

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        try
        {
            if (DatabaseSetup.ProviderOf(configuration) != DatabaseProvider.Sqlite)
            {
                throw new BackupException("Lệnh này sao lưu cơ sở dữ liệu nhúng (SQLite). Với PostgreSQL, dùng công cụ của PostgreSQL (pg_basebackup, lưu trữ WAL).");
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
}
