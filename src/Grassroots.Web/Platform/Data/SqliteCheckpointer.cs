using System.Data.Common;
using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// Moves SQLite's write-ahead log back into the database file beside the writers instead of inside their commits.
/// By default the connection that commits past 1,000 log pages copies them all in its commit — so every few dozen
/// batches a portal letter waited for a checkpoint. Here no connection checkpoints on commit (see
/// <see cref="SqlitePragmas"/>); this service copies the log in passive mode (never blocking a reader or a writer)
/// several times a second, and a page rewritten many times in between is copied once. A log is only started afresh
/// when a writer begins while it is wholly copied, which a writer that never pauses misses: so once this service has
/// caught up, it asks the busy writer (<see cref="GroupCommit{TItem}"/>) to copy the last few pages itself between
/// two batches (<see cref="FinishIfAskedAsync"/>) — a small copy, after which its next batch starts the log afresh.
/// The pages a background round copies sit in the OS's cache until something syncs the file; left so, the sync in the
/// writer's small final copy waited for all of them (20 ms and more while letters queued). So this service flushes
/// the file itself after its rounds, twenty times a second, and the writer's sync finds little left (ADR 7).
/// </summary>
public sealed class SqliteCheckpointer(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SqliteCheckpointer> log) : BackgroundService
{
    // Kept open for the service's life: on Linux, closing any descriptor of a file drops every lock this process
    // holds on it through other descriptors — SQLite's own included.
    private SafeFileHandle? _file;

    // Short rounds: each copies and flushes less, and the writer's final copy after one is short.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Below this many pages (32 MB by default) the log is not started afresh. Each fresh start pauses the writer for
    /// a final copy (5–15 ms); SQLite's own 1,000 pages meant ten or more pauses a second at the portal's peak, and
    /// their waits set its p99 (measured side by side: 1,000 pages, p99 21–22 ms at 2,400–2,500 letters/s; 8,000
    /// pages, 15–16 ms at 2,700–3,100).
    /// </summary>
    private readonly long _threshold = configuration.GetValue("Database:SqliteLogPages", 8_000L);

    private volatile bool _finish;

    // The log's pages already in the database file after the last round (starts again from 0 with a fresh log).
    private long _backfilled;

    /// <summary>Rounds run on their own every so often (<c>Database:SqliteCheckpointMilliseconds</c>, 50 by default); 0 leaves them to whoever calls <see cref="RoundAsync"/>.</summary>
    private readonly int _intervalMs = configuration.GetValue("Database:SqliteCheckpointMilliseconds", (int)Interval.TotalMilliseconds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_intervalMs <= 0)
        {
            return;
        }
        // Real time, not the app's TimeProvider: this is about the disk, and a test that moves the app's clock by
        // a month must not run a month of checkpoints.
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(_intervalMs));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or locked database now is no reason to stop: the next tick tries again.
                log.LogWarning(e, "WAL checkpoint failed");
            }
        }
    }

    /// <summary>
    /// One round: copies what it can of the log into the database file, flushes the file when it copied anything, and
    /// asks the busy writer to finish the copy once the log passed its threshold.
    /// </summary>
    public async Task RoundAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var started = Stopwatch.GetTimestamp();
        var (pages, behind) = await CheckpointAsync(connection, rounds: 4, ct);
        var copied = Stopwatch.GetElapsedTime(started);
        // Flushed only when this round copied something: an idle app's log, wholly copied already, asks nothing
        // of the disk twenty times a second.
        var backfilled = pages - behind;
        var copiedAny = pages > 0 && backfilled != _backfilled;
        _backfilled = backfilled;
        if (copiedAny)
        {
            _file ??= await OpenFileAsync(connection, ct);
            if (_file is not null)
            {
                RandomAccess.FlushToDisk(_file);
            }
            log.LogDebug("Log of {Pages} pages copied in {Copied} ms, {Behind} behind, flushed in {Flushed} ms",
                pages, copied.TotalMilliseconds, behind, (Stopwatch.GetElapsedTime(started) - copied).TotalMilliseconds);
        }
        _finish = pages >= _threshold && behind < _threshold;
    }

    /// <summary>The database file, read-only (enough to flush it); none for a database in memory.</summary>
    private static async Task<SafeFileHandle?> OpenFileAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT file FROM pragma_database_list WHERE name = 'main';";
        return await command.ExecuteScalarAsync(ct) is string { Length: > 0 } path
            ? File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete)
            : null;
    }

    public override void Dispose()
    {
        _file?.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// Called by a writer between batches: when asked, copies what is left of the log. Nobody else writes then, so
    /// the copy completes, and the writer's next transaction starts the log afresh.
    /// </summary>
    public async Task FinishIfAskedAsync(DbConnection writer, CancellationToken ct)
    {
        if (_finish)
        {
            _finish = false;
            var started = Stopwatch.GetTimestamp();
            var (pages, behind) = await CheckpointAsync(writer, rounds: 1, ct);
            log.LogDebug("Writer finished the log of {Pages} pages ({Behind} behind) in {Elapsed} ms", pages, behind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>
    /// Passive checkpoints until the log is wholly in the database file or the rounds are spent; each round copies
    /// just what was committed during the last. Answers the log's size and the pages still to copy, in pages.
    /// </summary>
    public static async Task<(long Pages, long Behind)> CheckpointAsync(DbConnection connection, int rounds, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        var (pages, behind) = (0L, 0L);
        for (var round = 0; round < rounds; round++)
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            (pages, behind) = (reader.GetInt64(1), reader.GetInt64(1) - reader.GetInt64(2));
            if (behind <= 0)
            {
                break;
            }
        }
        return (pages, behind);
    }
}
