using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using Grassroots.Web.Modules.Petitions;
using Microsoft.Data.Sqlite;

namespace Grassroots.Tests.Platform;

/// <summary>
/// Issue 19's backups of the embedded database: taken while citizens keep sending letters, restored into a fresh place
/// that then serves them; every table's rows and checksum match; a restore onto data, a damaged backup and a target that
/// cannot be written are refused in words, leaving everything as it was. (SQLite only: PostgreSQL is backed up with its
/// own tools, docs/operations.md.)
/// </summary>
public sealed class SqliteBackupTests
{
    private static string Keys => Path.Combine(Path.GetTempPath(), "grassroots-test-keys");

    private static async Task<string> SendAsync(HttpClient citizen, int i)
    {
        // Each letter from its own address (many citizens), under the portal's rate limit per address.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/petitions")
        {
            Content = JsonContent.Create(new
            {
                unitCode = PetitionJourneyTests.Commune, kind = "Reflection", content = $"Đèn đường thôn Phước Hòa số {i} hỏng, đề nghị sửa.",
                petitionerName = "Võ Thị Hạnh", petitionerPhone = "0905111222",
            }),
        };
        request.Headers.Add(TestAddresses.Header, $"10.19.{i / 200}.{i % 200 + 1}");
        var r = await citizen.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (await r.ReadAsync<PublicPetitionCreated>()).TrackingCode;
    }

    private static async Task<List<TableFingerprint>> FingerprintAsync(string connectionString)
    {
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await c.OpenAsync();
        return await SqliteBackups.FingerprintAsync(c);
    }

    [Fact]
    public async Task A_backup_taken_while_letters_arrive_restores_into_a_fresh_instance_that_serves_them()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("grassroots-backup-test");
        try
        {
            string restoredDb;
            List<string> before;
            BackupManifest manifest;
            var backup = Path.Combine(folder.FullName, "sao-luu.zip");
            await using (var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite))
            {
                using var citizen = app.CreateClient();
                before = [];
                for (var i = 0; i < 10; i++)
                {
                    before.Add(await SendAsync(citizen, i));
                }
                // Letters keep arriving while the backup is taken: the app is not stopped.
                using var stop = new CancellationTokenSource();
                var during = Task.Run(async () =>
                {
                    var n = 100;
                    while (!stop.IsCancellationRequested)
                    {
                        await SendAsync(citizen, n++);
                    }
                    return n - 100;
                });
                await Task.Delay(200);
                manifest = await SqliteBackups.BackupAsync(app.ConnectionString, Keys, backup, TimeProvider.System);
                stop.Cancel();
                Assert.True(await during > 0);
                Assert.True(new FileInfo(backup).Length > 0);

                // Restored into an empty place: every table as the manifest says, and the letters acknowledged before are there.
                restoredDb = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "khoi-phuc", "grassroots.db") }.ToString();
                var keys = Path.Combine(folder.FullName, "khoi-phuc", "keys");
                var restored = await SqliteBackups.RestoreAsync(backup, restoredDb, keys);
                Assert.Equal(manifest.Tables, restored.Tables);
                Assert.Equal(manifest.Tables, await FingerprintAsync(restoredDb));
                Assert.Contains(manifest.Tables, t => t.Table == "Petition" && t.Rows >= 10);
                Assert.NotEmpty(System.IO.Directory.GetFiles(keys, "*.xml"));

                // A restore onto a database that holds data is refused, and changes nothing.
                var refused = await Assert.ThrowsAsync<BackupException>(() => SqliteBackups.RestoreAsync(backup, app.ConnectionString, Path.Combine(folder.FullName, "keys2")));
                Assert.Contains("đã có dữ liệu", refused.Message);
            }

            // A damaged backup (one row of a table changed) is refused before anything is written.
            var damaged = Path.Combine(folder.FullName, "hong.zip");
            File.Copy(backup, damaged);
            using (var zip = ZipFile.Open(damaged, ZipArchiveMode.Update))
            {
                var entry = zip.GetEntry("grassroots.db")!;
                var db = Path.Combine(folder.FullName, "hong.db");
                entry.ExtractToFile(db);
                await using (var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString()))
                {
                    await c.OpenAsync();
                    await using var update = c.CreateCommand();
                    update.CommandText = "UPDATE Petition SET Content = 'Đã bị sửa' WHERE rowid = (SELECT min(rowid) FROM Petition)";
                    Assert.Equal(1, await update.ExecuteNonQueryAsync());
                }
                entry.Delete();
                zip.CreateEntryFromFile(db, "grassroots.db");
            }
            var elsewhere = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "khac", "grassroots.db") }.ToString();
            var corrupt = await Assert.ThrowsAsync<BackupException>(() => SqliteBackups.RestoreAsync(damaged, elsewhere, Path.Combine(folder.FullName, "khac", "keys")));
            Assert.Contains("Bảng Petition trong bản sao lưu không khớp", corrupt.Message);
            Assert.False(File.Exists(Path.Combine(folder.FullName, "khac", "grassroots.db")));

            // A target that cannot be written: said in words, no partial file left.
            var blocker = Path.Combine(folder.FullName, "la-tep");
            await File.WriteAllTextAsync(blocker, "x");
            var unwritable = await Assert.ThrowsAsync<BackupException>(() => SqliteBackups.BackupAsync(restoredDb, Keys, Path.Combine(blocker, "sao-luu.zip"), TimeProvider.System));
            Assert.Contains("Không ghi được bản sao lưu", unwritable.Message);

            // The restored database serves: a fresh instance finds every letter acknowledged before the backup.
            await using var again = new GrassrootsApp(DatabaseProvider.Sqlite, restoredDb);
            using var reader = again.CreateClient();
            foreach (var code in before)
            {
                var tracked = await (await reader.GetAsync($"/api/v1/public/petitions/{code}")).ReadAsync<TrackedPetition>();
                Assert.Equal(PetitionStatus.Received, tracked.Status);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
