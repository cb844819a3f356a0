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
        await using var busy = app.WithWebHostBuilder(b => b.UseSetting("RateLimits:PublicPerMinute", "100000"));
        using var citizen = busy.CreateClient();
        var marker = $"PL-{Guid.NewGuid():N}";
        var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;

        async Task SendAsync(int count) => await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            var r = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
            {
                unitCode = PetitionJourneyTests.Commune,
                kind = "Reflection",
                content = $"Đèn đường thôn Phú Lộc ({marker}) số {i} không sáng từ đầu tháng, đề nghị sửa chữa.\n{Details}",
            });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }));

        // Enough letters for the log to pass the checkpoint threshold (1,000 pages).
        await SendAsync(300);
        var log = new FileInfo(file + "-wal");
        var before = log.Length;
        Assert.True(before >= 1_000 * 4_096, $"the log holds {before} bytes");

        // Within a few ticks the checkpointer copies the log into the file (the writer finishes the copy between two
        // batches when it never pauses), and the next batch starts the log afresh.
        await Eventually(() => LettersInFileAlone(file, marker) == 300, () => $"{LettersInFileAlone(file, marker)} letters in the file alone");
        await SendAsync(1);
        await SendAsync(1);

        // As many letters again are written over the log's old pages: the log file does not grow.
        await SendAsync(300);
        log.Refresh();
        Assert.True(log.Length < before * 1.25, $"the log grew from {before} to {log.Length} bytes");
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
