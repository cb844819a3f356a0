using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Grassroots.Web.Platform.Data;

/// <summary>One table as a backup records it: its rows and a SHA-256 over them, in key order.</summary>
public sealed record TableFingerprint(string Table, long Rows, string Sha256);

/// <summary>What a backup holds: when it was taken, and each table's fingerprint (the restore checks them).</summary>
public sealed record BackupManifest(DateTime TakenAtUtc, string Provider, IReadOnlyList<TableFingerprint> Tables);

/// <summary>A backup or a restore the operator asked for and that cannot be done, with the reason in words.</summary>
public sealed class BackupException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Backups of the embedded database that restore (docs/operations.md). A backup is taken while the app serves, with
/// SQLite's own online backup API (a consistent snapshot; writers are not stopped), and written as one zip: the database
/// (uploaded files live in it), the data-protection keys (without them a denouncer's encrypted identity is lost with the
/// server) and a manifest of every table's rows and checksum. A restore goes only into an empty place, unpacks, and
/// checks every table against the manifest before it says done; on any failure nothing is left half-written.
/// </summary>
public static class SqliteBackups
{
    private const string DatabaseEntry = "grassroots.db";
    private const string ManifestEntry = "manifest.json";
    private const string KeysPrefix = "keys/";

    public static async Task<BackupManifest> BackupAsync(string connectionString, string keysFolder, string target, TimeProvider clock, CancellationToken ct = default)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(source))
        {
            throw new BackupException($"Không tìm thấy cơ sở dữ liệu {Path.GetFullPath(source)}: hãy chạy lệnh ở thư mục của ứng dụng hoặc chỉ ConnectionStrings__Default.");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        var snapshot = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.db");
        var partial = target + ".partial";
        try
        {
            Directory.CreateDirectory(folder);
            await using (var live = new SqliteConnection(connectionString))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString()))
            {
                await live.OpenAsync(ct);
                await copy.OpenAsync(ct);
                live.BackupDatabase(copy);
            }
            BackupManifest manifest;
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            {
                await copy.OpenAsync(ct);
                manifest = new BackupManifest(clock.GetUtcNow().UtcDateTime, "Sqlite", await FingerprintAsync(copy, ct));
            }
            await using (var zipFile = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var zip = new ZipArchive(zipFile, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(snapshot, DatabaseEntry, CompressionLevel.Fastest);
                if (Directory.Exists(keysFolder))
                {
                    foreach (var key in Directory.EnumerateFiles(keysFolder, "*.xml"))
                    {
                        zip.CreateEntryFromFile(key, KeysPrefix + Path.GetFileName(key));
                    }
                }
                await using var entry = zip.CreateEntry(ManifestEntry).Open();
                await JsonSerializer.SerializeAsync(entry, manifest, cancellationToken: ct);
            }
            File.Move(partial, target, overwrite: true);
            return manifest;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            // A full disk, a folder that cannot be written: said in words, no half-written backup left behind.
            throw new BackupException($"Không ghi được bản sao lưu vào {target}: {e.Message}", e);
        }
        finally
        {
            TryDelete(snapshot);
            TryDelete(partial);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written there.
        }
    }

    /// <summary>
    /// Restores a backup into <paramref name="connectionString"/>'s database file and <paramref name="keysFolder"/>: refused
    /// when that database already holds data, or the keys folder already holds other keys; checked table by table.
    /// </summary>
    public static async Task<BackupManifest> RestoreAsync(string backup, string connectionString, string keysFolder, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (File.Exists(target) && new FileInfo(target).Length > 0)
        {
            await using var existing = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await existing.OpenAsync(ct);
            if (await HoldsRowsAsync(existing, ct))
            {
                throw new BackupException($"Cơ sở dữ liệu {target} đã có dữ liệu: chỉ khôi phục vào một cơ sở dữ liệu trống (xóa hoặc đổi tên tệp cũ trước).");
            }
        }
        if (Directory.Exists(keysFolder) && Directory.EnumerateFiles(keysFolder, "*.xml").Any())
        {
            throw new BackupException($"Thư mục khóa {keysFolder} đã có khóa: chỉ khôi phục vào một thư mục khóa trống.");
        }
        if (!File.Exists(backup))
        {
            throw new BackupException($"Không tìm thấy bản sao lưu {backup}.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".restoring";
        try
        {
            BackupManifest manifest;
            using (var zip = ZipFile.OpenRead(backup))
            {
                var db = zip.GetEntry(DatabaseEntry) ?? throw new BackupException($"{backup} không phải là bản sao lưu của hệ thống (thiếu {DatabaseEntry}).");
                var m = zip.GetEntry(ManifestEntry) ?? throw new BackupException($"{backup} không phải là bản sao lưu của hệ thống (thiếu {ManifestEntry}).");
                await using (var stream = m.Open())
                {
                    manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, cancellationToken: ct)
                        ?? throw new BackupException($"{backup}: không đọc được {ManifestEntry}.");
                }
                db.ExtractToFile(partial, overwrite: true);
                await using (var restored = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
                {
                    await restored.OpenAsync(ct);
                    var found = (await FingerprintAsync(restored, ct)).ToDictionary(t => t.Table);
                    foreach (var expected in manifest.Tables)
                    {
                        if (!found.TryGetValue(expected.Table, out var actual) || actual != expected)
                        {
                            throw new BackupException($"Bảng {expected.Table} trong bản sao lưu không khớp với danh mục kiểm tra: bản sao lưu bị hỏng, không khôi phục.");
                        }
                    }
                }
                Directory.CreateDirectory(keysFolder);
                foreach (var key in zip.Entries.Where(e => e.FullName.StartsWith(KeysPrefix, StringComparison.Ordinal) && e.Name.Length > 0))
                {
                    key.ExtractToFile(Path.Combine(keysFolder, key.Name), overwrite: false);
                }
            }
            foreach (var stale in new[] { target, target + "-wal", target + "-shm" })
            {
                File.Delete(stale);
            }
            File.Move(partial, target);
            return manifest;
        }
        catch (InvalidDataException e)
        {
            throw new BackupException($"{backup} không phải là tệp sao lưu hợp lệ: {e.Message}", e);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Whether any table holds a row (one look per table, not a checksum of the whole database).</summary>
    private static async Task<bool> HoldsRowsAsync(SqliteConnection connection, CancellationToken ct)
    {
        foreach (var table in await TablesAsync(connection, ct))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {Quoted(table)})";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static string Quoted(string table) => $"\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static async Task<List<string>> TablesAsync(SqliteConnection connection, CancellationToken ct)
    {
        var tables = new List<string>();
        await using var list = connection.CreateCommand();
        list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        await using var reader = await list.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    /// <summary>Every table of the database with its row count and a SHA-256 over its rows in rowid order.</summary>
    public static async Task<List<TableFingerprint>> FingerprintAsync(SqliteConnection connection, CancellationToken ct = default)
    {
        var result = new List<TableFingerprint>();
        foreach (var table in await TablesAsync(connection, ct))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long rows = 0;
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {Quoted(table)} ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    if (value is DBNull)
                    {
                        hash.AppendData(BitConverter.GetBytes(-1));
                        continue;
                    }
                    var bytes = value as byte[] ?? Encoding.UTF8.GetBytes(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    hash.AppendData(BitConverter.GetBytes(bytes.Length));
                    hash.AppendData(bytes);
                }
            }
            result.Add(new TableFingerprint(table, rows, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }
        return result;
    }
}
