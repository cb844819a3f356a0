using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// Backups of the production database that restore to any moment (docs/operations.md, "Backups"), with PostgreSQL's own
/// tools: a <b>base backup</b> (<c>pg_basebackup</c>, tar, compressed, with the WAL it needs, taken while the app serves)
/// plus the server's <b>WAL archive</b> (<c>archive_mode = on</c>, <c>archive_command</c> copying each finished segment
/// to the archive folder) give <b>point-in-time recovery</b>: the restore unpacks the base backup into an empty data
/// directory and tells PostgreSQL to replay the archive up to a time, a named restore point, or the end.
/// Uploaded files live in the database (<c>bytea</c>), so they are in the same backup; the data-protection keys (without
/// which a denouncer's encrypted identity is lost) are copied beside it. Each backup has a manifest: when, the backup's
/// label, and every table's rows and checksum as read when it finished (for information: the app kept writing).
/// </summary>
public static class PostgresBackups
{
    private const string ManifestFile = "manifest.json";
    private const string KeysFolderName = "keys";

    /// <summary>
    /// Takes a base backup of <paramref name="connectionString"/>'s server into the new folder <paramref name="target"/>
    /// (refused when it exists and is not empty). The role needs the REPLICATION attribute and a <c>replication</c> line
    /// in pg_hba.conf.
    /// </summary>
    public static async Task<BackupManifest> BackupAsync(string connectionString, string keysFolder, string target, TimeProvider clock,
        string? binDirectory = null, CancellationToken ct = default)
    {
        target = Path.GetFullPath(target);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new BackupException($"Thư mục {target} đã có tệp: mỗi bản sao lưu vào một thư mục mới (hoặc trống).");
        }
        var partial = target + ".partial";
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        try
        {
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }
            Directory.CreateDirectory(partial);
            var label = $"grassroots-{clock.GetUtcNow().UtcDateTime:yyyyMMdd'T'HHmmss'Z'}";
            await RunAsync(Tool("pg_basebackup", binDirectory), ["--dbname", Libpq(settings, replication: true),
                "--pgdata", Path.Combine(partial, "base"), "--format", "tar", "--gzip", "--wal-method", "stream",
                "--checkpoint", "fast", "--label", label, "--no-password"], settings.Password, ct);
            if (Directory.Exists(keysFolder))
            {
                var keys = Directory.CreateDirectory(Path.Combine(partial, KeysFolderName));
                foreach (var key in Directory.EnumerateFiles(keysFolder, "*.xml"))
                {
                    File.Copy(key, Path.Combine(keys.FullName, Path.GetFileName(key)));
                }
            }
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            var manifest = new BackupManifest(clock.GetUtcNow().UtcDateTime, "Postgres", await FingerprintAsync(connection, ct));
            await File.WriteAllTextAsync(Path.Combine(partial, ManifestFile), JsonSerializer.Serialize(manifest), ct);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }
            Directory.Move(partial, target);
            return manifest;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NpgsqlException or BackupException)
        {
            // A full disk, a folder that cannot be written, a server that cannot be reached, pg_basebackup's own refusal: said
            // in words, nothing half-written left.
            throw new BackupException($"Không sao lưu được vào {target}: {e.Message}", e);
        }
        finally
        {
            TryDelete(partial);
        }
    }

    /// <summary>Where a restore stops replaying the WAL archive: a time, a named restore point, or (neither) its end.</summary>
    public sealed record RecoveryTarget(DateTimeOffset? Time = null, string? Name = null);

    /// <summary>
    /// Unpacks the base backup in <paramref name="backup"/> into the empty (or new) data directory <paramref name="dataDirectory"/>
    /// and, with a WAL archive, sets PostgreSQL to replay it up to <paramref name="target"/> and then open for writing. The
    /// server is then started on that directory (pg_ctl / pg_ctlcluster) and recovers by itself. The keys go to
    /// <paramref name="keysFolder"/>, which must hold none. Run as root, the files are given to the <c>postgres</c> user.
    /// </summary>
    public static async Task<BackupManifest> RestoreAsync(string backup, string dataDirectory, string keysFolder, string? walArchive,
        RecoveryTarget? target = null, CancellationToken ct = default)
    {
        backup = Path.GetFullPath(backup);
        dataDirectory = Path.GetFullPath(dataDirectory);
        var manifestPath = Path.Combine(backup, ManifestFile);
        var baseTar = Path.Combine(backup, "base", "base.tar.gz");
        if (!File.Exists(manifestPath) || !File.Exists(baseTar))
        {
            throw new BackupException($"{backup} không phải là bản sao lưu PostgreSQL của hệ thống (thiếu {ManifestFile} hoặc base/base.tar.gz).");
        }
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            throw new BackupException($"Thư mục dữ liệu {dataDirectory} không trống: chỉ khôi phục vào một thư mục trống, để không ghi đè một cơ sở dữ liệu đang có.");
        }
        if (Directory.Exists(keysFolder) && Directory.EnumerateFiles(keysFolder, "*.xml").Any())
        {
            throw new BackupException($"Thư mục khóa {keysFolder} đã có khóa: chỉ khôi phục vào một thư mục khóa trống.");
        }
        if (target is { Time: not null } or { Name: not null } && walArchive is null)
        {
            throw new BackupException("Khôi phục đến một thời điểm cần thư mục lưu trữ WAL (--wal-archive).");
        }
        if (walArchive is not null && !Directory.Exists(walArchive))
        {
            throw new BackupException($"Không tìm thấy thư mục lưu trữ WAL {walArchive}.");
        }
        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, ct))
            ?? throw new BackupException($"{backup}: không đọc được {ManifestFile}.");
        var created = !Directory.Exists(dataDirectory);
        try
        {
            Directory.CreateDirectory(dataDirectory);
            await RunAsync("tar", ["-xzf", baseTar, "-C", dataDirectory], null, ct);
            var walTar = Path.Combine(backup, "base", "pg_wal.tar.gz");
            if (File.Exists(walTar))
            {
                await RunAsync("tar", ["-xzf", walTar, "-C", Path.Combine(dataDirectory, "pg_wal")], null, ct);
            }
            if (walArchive is not null)
            {
                var archive = Path.GetFullPath(walArchive).Replace("'", "''", StringComparison.Ordinal);
                var lines = new List<string>
                {
                    "# Point-in-time recovery written by Grassroots' restore command (docs/operations.md)",
                    $"restore_command = 'cp \"{archive}/%f\" \"%p\"'",
                    "recovery_target_action = 'promote'",
                };
                if (target?.Time is { } time)
                {
                    lines.Add($"recovery_target_time = '{time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)}+00'");
                }
                else if (target?.Name is { } name)
                {
                    lines.Add($"recovery_target_name = '{name.Replace("'", "''", StringComparison.Ordinal)}'");
                }
                await File.AppendAllLinesAsync(Path.Combine(dataDirectory, "postgresql.auto.conf"), lines, ct);
                await File.WriteAllTextAsync(Path.Combine(dataDirectory, "recovery.signal"), "", ct);
            }
            var keys = Path.Combine(backup, KeysFolderName);
            if (Directory.Exists(keys))
            {
                Directory.CreateDirectory(keysFolder);
                foreach (var key in Directory.EnumerateFiles(keys, "*.xml"))
                {
                    File.Copy(key, Path.Combine(keysFolder, Path.GetFileName(key)));
                }
            }
            // PostgreSQL refuses a data directory others can read, or one it does not own.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                if (Environment.UserName == "root")
                {
                    await RunAsync("chown", ["-R", "postgres:postgres", dataDirectory], null, ct);
                }
            }
            return manifest;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BackupException)
        {
            // Nothing half-restored is left for a server to start on.
            if (created)
            {
                TryDelete(dataDirectory);
            }
            else if (Directory.Exists(dataDirectory))
            {
                foreach (var entry in new DirectoryInfo(dataDirectory).EnumerateFileSystemInfos())
                {
                    if (entry is DirectoryInfo d) { d.Delete(recursive: true); } else { entry.Delete(); }
                }
            }
            throw e as BackupException ?? new BackupException($"Không khôi phục được vào {dataDirectory}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Every table of the app's schema (migrations' history excepted) with its rows and a checksum that does not depend on
    /// the rows' order: the sum of a 64-bit hash of each row's text. Two databases with the same fingerprints hold the same rows.
    /// </summary>
    public static async Task<IReadOnlyList<TableFingerprint>> FingerprintAsync(NpgsqlConnection connection, CancellationToken ct = default)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '__EFMigrationsHistory' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }
        var result = new List<TableFingerprint>();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        foreach (var table in tables)
        {
            var quoted = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var command = new NpgsqlCommand($"SELECT count(*), coalesce(sum(hashtextextended(t::text, 0)), 0)::text FROM {quoted} t", connection, transaction);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            result.Add(new TableFingerprint(table, reader.GetInt64(0), reader.GetString(1)));
        }
        return result;
    }

    /// <summary>The libpq form of an Npgsql connection string (several hosts allowed), for PostgreSQL's own tools.</summary>
    public static string Libpq(NpgsqlConnectionStringBuilder settings, bool replication = false)
    {
        static string Quote(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
        var hosts = (settings.Host ?? "localhost").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var names = hosts.Select(h => h.Contains(':', StringComparison.Ordinal) && !h.StartsWith('[') ? h[..h.LastIndexOf(':')] : h);
        var ports = hosts.Select(h => h.Contains(':', StringComparison.Ordinal) && !h.StartsWith('[') ? h[(h.LastIndexOf(':') + 1)..] : settings.Port.ToString(CultureInfo.InvariantCulture));
        var parts = new List<string> { $"host={Quote(string.Join(',', names))}", $"port={Quote(string.Join(',', ports))}" };
        if (!string.IsNullOrEmpty(settings.Username))
        {
            parts.Add($"user={Quote(settings.Username)}");
        }
        parts.Add($"dbname={Quote(settings.Database ?? "postgres")}");
        if (hosts.Length > 1)
        {
            parts.Add("target_session_attrs=read-write");
        }
        if (replication)
        {
            parts.Add("replication=true");
        }
        return string.Join(' ', parts);
    }

    /// <summary>A PostgreSQL program: from the configured folder, the PATH, or the newest /usr/lib/postgresql/N/bin.</summary>
    private static string Tool(string name, string? binDirectory)
    {
        if (!string.IsNullOrWhiteSpace(binDirectory))
        {
            return Path.Combine(binDirectory, name);
        }
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", name)).Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).FirstOrDefault()
            : null;
        return installed ?? name;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, string? password, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        if (!string.IsNullOrEmpty(password))
        {
            start.Environment["PGPASSWORD"] = password;
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException($"Không chạy được {program}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BackupException($"Không tìm thấy {program}: cài các công cụ của PostgreSQL (gói postgresql-client) hoặc chỉ Backup:PostgresBin.", e);
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(ct);
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                throw new BackupException($"{Path.GetFileName(program)} dừng với mã {process.ExitCode}: {(await error).Trim()}");
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the operator: the message already says what failed.
        }
    }
}
