using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

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
        // The log starts afresh past 1,000 pages here (8,000 by default), so a test's few megabytes show it; and the test
        // runs the checkpointer's rounds itself, at known points, instead of its timer: nothing here depends on how
        // fast the machine is.
        await using var busy = app.WithWebHostBuilder(b => b.UseSetting("RateLimits:PublicPerMinute", "100000")
            .UseSetting("Database:SqliteLogPages", "1000").UseSetting("Database:SqliteCheckpointMilliseconds", "0"));
        using var citizen = busy.CreateClient();
        var checkpointer = busy.Services.GetRequiredService<SqliteCheckpointer>();
        var marker = $"PL-{Guid.NewGuid():N}";
        var file = new SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        var acknowledged = 0;

        async Task SendOneAsync(int i)
        {
            var r = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
            {
                unitCode = PetitionJourneyTests.Commune,
                kind = "Reflection",
                content = $"Đèn đường thôn Phú Lộc ({marker}) số {i} không sáng từ đầu tháng, đề nghị sửa chữa.\n{Details}",
            });
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            Interlocked.Increment(ref acknowledged);
        }

        var database = new FileInfo(file);
        var log = new FileInfo(file + "-wal");
        var startSize = database.Length;

        // A round copies the log into the file: a copy of the file alone then holds every acknowledged letter.
        await Task.WhenAll(Enumerable.Range(0, 300).Select(SendOneAsync));
        await checkpointer.RoundAsync(CancellationToken.None);
        Assert.Equal(300, LettersInFileAlone(file, marker));

        // Then letters without a pause — 24 citizens, each sending the next as soon as the last is answered, so the
        // writer never waits for work — and a round after every hundred acknowledgements. Every page the file gains
        // comes through the log, so a log never started afresh would be at least as long as the file's growth; the
        // writer finishes the copy between two batches when a round asks it to, and its next batch starts the log afresh.
        var senders = Task.WhenAll(Enumerable.Range(0, 24).Select(async sender =>
        {
            for (var i = 0; i < 50; i++)
            {
                await SendOneAsync(sender * 100 + i);
            }
        }));
        var next = 400;
        var salts = new HashSet<long> { Salt(file) };
        while (!senders.IsCompleted)
        {
            if (Volatile.Read(ref acknowledged) >= next)
            {
                next += 100;
                await checkpointer.RoundAsync(CancellationToken.None);
                salts.Add(Salt(file));
            }
            await Task.WhenAny(senders, Task.Delay(5));
        }
        await senders;
        await checkpointer.RoundAsync(CancellationToken.None);
        Assert.Equal(1_500, LettersInFileAlone(file, marker));
        database.Refresh();
        log.Refresh();
        var grown = database.Length - startSize;
        Assert.True(grown >= 3 * 1_000 * 4_096, $"the file grew by {grown} bytes only");
        // Each fresh start writes a new salt into the log's header; a log never started afresh would be as long as the growth.
        Assert.True(salts.Count > 1, "the log was never started afresh while letters kept coming");
        Assert.True(log.Length < grown, $"the log is {log.Length} bytes for a file grown by {grown}");
    }

    /// <summary>The salts of the log's header (bytes 16–23), which SQLite draws anew each time it starts the log afresh.</summary>
    private static long Salt(string file)
    {
        using var wal = new FileStream(file + "-wal", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[24];
        wal.ReadExactly(header);
        return BitConverter.ToInt64(header, 16);
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
}
