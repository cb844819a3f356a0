using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using Grassroots.Web.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Grassroots.Tests.Platform;

/// <summary>
/// SQLite's log is copied into the database file by the background checkpointer, not inside the portal's commits:
/// the letters reach the database file itself (a copy of the file alone holds them), and the log starts afresh
/// instead of growing while letters keep coming.
/// </summary>
public sealed class SqliteCheckpointTests
{
    // A long letter, as many are: the log passes its threshold sooner.
    private static readonly string Details = string.Concat(Enumerable.Repeat("Người dân phải đi lại trong bóng tối, nhiều vụ va chạm đã xảy ra. ", 60));

    [Fact]
    public async Task The_log_is_copied_into_the_database_file_and_started_afresh_while_letters_keep_coming()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        // The log starts afresh past 1,000 pages here (8,000 by default), so a test's few megabytes show it.
        await using var busy = app.WithWebHostBuilder(b => b.UseSetting("RateLimits:PublicPerMinute", "100000").UseSetting("Database:SqliteLogPages", "1000"));
        using var citizen = busy.CreateClient();
        var marker = $"PL-{Guid.NewGuid():N}";
        var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;

        async Task SendOneAsync(int i)
        {
            var r = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
            {
                unitCode = PetitionJourneyTests.Commune,
                kind = "Reflection",
                content = $"Đèn đường thôn Phú Lộc ({marker}) số {i} không sáng từ đầu tháng, đề nghị sửa chữa.\n{Details}",
            });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }
        async Task SendAsync(int count) => await Task.WhenAll(Enumerable.Range(0, count).Select(SendOneAsync));

        var database = new FileInfo(file);
        var log = new FileInfo(file + "-wal");
        var startSize = database.Length;

        // Within a few ticks the checkpointer copies the log into the file (the writer finishes the copy between two
        // batches when it never pauses).
        await SendAsync(300);
        await Eventually(() => LettersInFileAlone(file, marker) == 300, () => $"{LettersInFileAlone(file, marker)} letters in the file alone");

        // Then letters without a pause — 24 citizens, each sending the next as soon as the last is answered, so the
        // writer never waits for work. Every page the file gains comes through the log, so a log never started afresh
        // would be at least as long as the file's growth; it is started afresh each time it passes its threshold
        // (1,000 pages), and stays well shorter.
        await Task.WhenAll(Enumerable.Range(0, 24).Select(async sender =>
        {
            for (var i = 0; i < 50; i++)
            {
                await SendOneAsync(sender * 100 + i);
            }
        }));
        await Eventually(() => LettersInFileAlone(file, marker) == 1_500, () => $"{LettersInFileAlone(file, marker)} letters in the file alone");
        database.Refresh();
        log.Refresh();
        var grown = database.Length - startSize;
        Assert.True(grown >= 3 * 1_000 * 4_096, $"the file grew by {grown} bytes only");
        Assert.True(log.Length < grown / 2, $"the log is {log.Length} bytes for a file grown by {grown}");
    }

    /// <summary>The letters a copy of the database file holds without its log.</summary>
    private static long LettersInFileAlone(string file, string text)
    {
        // The file is copied while the app works: a copy taken in the middle of a checkpoint may not open.
        var copy = Path.Combine(Path.GetTempPath(), $"checkpoint-{Guid.NewGuid():N}.db");
        File.Copy(file, copy);
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM Petition WHERE Content LIKE $text";
            command.Parameters.AddWithValue("$text", $"%{text}%");
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return -1;
        }
        finally
        {
            File.Delete(copy);
            File.Delete(copy + "-wal");
            File.Delete(copy + "-shm");
        }
    }

    private static async Task Eventually(Func<bool> condition, Func<string> state)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), state());
    }
}
