using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Npgsql;

namespace Grassroots.Tests.Platform;

/// <summary>
/// Issue 19, "Backups that restore: PostgreSQL — base backup and WAL archiving with point-in-time recovery, using
/// PostgreSQL's own tools; a restore command; the uploaded files backed up with the database. A test restores into a fresh
/// instance and compares row counts and per-table checksums." A server of the test's own archives its WAL; the app serves
/// on it while the base backup is taken; an officer's mistake after a named restore point is undone by restoring to it.
/// </summary>
public sealed class PostgresBackupTests
{
    private static HttpRequestMessage Letter(string content) => new(HttpMethod.Post, "/api/v1/public/petitions")
    {
        Content = JsonContent.Create(new
        {
            unitCode = "20611", kind = "Reflection", content, petitionerName = "Võ Thị Hạnh", petitionerPhone = "0905111222",
        }),
    };

    private static async Task<IReadOnlyList<TableFingerprint>> FingerprintAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return await PostgresBackups.FingerprintAsync(connection);
    }

    [Fact]
    public async Task A_base_backup_taken_while_citizens_write_restores_to_the_moment_before_a_mistake_with_every_table_equal()
    {
        var folder = ScratchPostgres.Folder("grassroots-pitr-");
        // Disposed last: the servers stop first.
        await using var cleanup = new FolderCleanup(folder);
        var archive = Path.Combine(folder.FullName, "wal");
        ScratchPostgres.AsPostgres($"mkdir -p {archive} {folder.FullName}/data {folder.FullName}/restored");
        await using var server = await ScratchPostgres.CreateAsync(Path.Combine(folder.FullName, "data"),
        [
            "wal_level = replica", "archive_mode = on", "max_wal_senders = 4",
            $"archive_command = 'test ! -f {archive}/%f && cp %p {archive}/%f'",
        ]);
        await server.ScalarAsync<int>("SELECT 1");
        await using (var create = new NpgsqlConnection(server.ConnectionString()))
        {
            await create.OpenAsync();
            await new NpgsqlCommand("CREATE DATABASE grassroots", create).ExecuteNonQueryAsync();
        }
        var database = server.ConnectionString("grassroots");
        // The test apps' keys folder (GrassrootsApp): the backup copies its keys.
        var keys = Path.Combine(Path.GetTempPath(), "grassroots-test-keys");
        var backup = Path.Combine(folder.FullName, "backup");
        string before;
        IReadOnlyList<TableFingerprint> atRestorePoint;

        var app = new GrassrootsApp(DatabaseProvider.Postgres, database, demo: true, ownsDatabase: false);
        // One test client writes as fast as it can: the portal's per-address limit is not what this test is about.
        app.Settings["RateLimits:PublicPerMinute"] = "1000000";
        await using (app)
        {
            using var citizen = app.CreateClient();
            // Letters keep arriving while the backup is taken: the app is not stopped for it.
            using var writing = new CancellationTokenSource();
            var acknowledged = 0;
            var writer = Task.Run(async () =>
            {
                while (!writing.IsCancellationRequested)
                {
                    using var letter = Letter($"Thư gửi trong lúc sao lưu số {acknowledged + 1}: đường thôn Phước Hòa ngập nước.");
                    if ((await citizen.SendAsync(letter)).StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged++;
                    }
                }
            });
            // A backup disk that is full: said in words, nothing half-written left on it.
            var full = System.IO.Directory.CreateDirectory(Path.Combine(folder.FullName, "full"));
            ScratchPostgres.Mount(full.FullName, "2m");
            try
            {
                var noSpace = await Assert.ThrowsAsync<BackupException>(() => PostgresBackups.BackupAsync(database, keys, Path.Combine(full.FullName, "base"), TimeProvider.System));
                Assert.StartsWith("Không sao lưu được vào", noSpace.Message);
                Assert.Contains("No space left on device", noSpace.Message);
                Assert.Empty(full.EnumerateFileSystemInfos());
            }
            finally
            {
                ScratchPostgres.Unmount(full.FullName);
            }

            var manifest = await PostgresBackups.BackupAsync(database, keys, backup, TimeProvider.System);
            await writing.CancelAsync();
            await writer;
            Assert.True(acknowledged > 0);
            Assert.Contains(manifest.Tables, t => t.Table == "Petition" && t.Rows > 0);
            Assert.True(File.Exists(Path.Combine(backup, "base", "base.tar.gz")));
            Assert.NotEmpty(System.IO.Directory.GetFiles(Path.Combine(backup, "keys"), "*.xml"));

            using var last = Letter("Thư cuối trước điểm khôi phục: xin sửa cầu tràn thôn Phước Hòa.");
            Assert.Equal(HttpStatusCode.Created, (await citizen.SendAsync(last)).StatusCode);
            before = "Thư cuối trước điểm khôi phục";
        }
        // The app has stopped: nothing writes between the fingerprint and the restore point.
        atRestorePoint = await FingerprintAsync(database);
        await server.ScalarAsync<string>("SELECT pg_create_restore_point('truoc-su-co')::text");
        // The mistake: every letter's content overwritten by hand.
        await using (var mistake = new NpgsqlConnection(database))
        {
            await mistake.OpenAsync();
            await new NpgsqlCommand("UPDATE \"Petition\" SET \"Content\" = 'nhầm'", mistake).ExecuteNonQueryAsync();
        }
        var segment = await server.ScalarAsync<string>("SELECT pg_walfile_name(pg_switch_wal())");
        for (var i = 0; i < 600 && !File.Exists(Path.Combine(archive, segment)); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(File.Exists(Path.Combine(archive, segment)), "the WAL segment with the mistake was not archived");

        // A restore onto a database folder that holds one is refused, and leaves it as it was.
        var refused = await Assert.ThrowsAsync<BackupException>(() =>
            PostgresBackups.RestoreAsync(backup, server.DataDirectory, Path.Combine(folder.FullName, "keys-x"), archive, new(Name: "truoc-su-co")));
        Assert.Contains("không trống", refused.Message);
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "PG_VERSION")));

        var restoredKeys = Path.Combine(folder.FullName, "restored-keys");
        await PostgresBackups.RestoreAsync(backup, Path.Combine(folder.FullName, "restored"), restoredKeys, archive, new(Name: "truoc-su-co"));
        Assert.NotEmpty(System.IO.Directory.GetFiles(restoredKeys, "*.xml"));
        await using var restored = await ScratchPostgres.StartAsync(Path.Combine(folder.FullName, "restored"));
        for (var i = 0; i < 600 && await restored.ScalarAsync<bool>("SELECT pg_is_in_recovery()"); i++)
        {
            await Task.Delay(100);
        }
        Assert.False(await restored.ScalarAsync<bool>("SELECT pg_is_in_recovery()"));

        var found = await FingerprintAsync(restored.ConnectionString("grassroots"));
        Assert.Equal(atRestorePoint.Count, found.Count);
        Assert.All(atRestorePoint, expected => Assert.Equal(expected, found.Single(f => f.Table == expected.Table)));
        Assert.Equal(0L, await restored.ScalarAsync<long>("SELECT count(*) FROM \"Petition\" WHERE \"Content\" = 'nhầm'", "grassroots"));
        Assert.Equal(1L, await restored.ScalarAsync<long>($"SELECT count(*) FROM \"Petition\" WHERE \"Content\" LIKE '{before}%'", "grassroots"));
    }

    private sealed class FolderCleanup(DirectoryInfo folder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Left to the machine's temporary folder.
            }
            return ValueTask.CompletedTask;
        }
    }
}
