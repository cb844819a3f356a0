using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// Per connection: foreign keys (off by default in SQLite), a busy timeout and <c>synchronous=FULL</c>: every commit
/// is synced to disk before it returns, so what the platform acknowledges to a citizen (a letter and its legal clock, a
/// comment, a vote) survives a power loss or an operating-system crash, not only the death of the process. With WAL's
/// <c>NORMAL</c> level a commit acknowledged a moment before the power went may roll back (SQLite's documentation of
/// PRAGMA synchronous). The writes that come in numbers are grouped (<see cref="GroupCommit{TItem}"/>: one transaction, so one
/// sync, per batch), which keeps the intake's rate (bench/, "petitions"). WAL itself is a property of the database file,
/// set once at start-up (<see cref="DatabaseSetup.MigrateAsync"/>).
/// No connection checkpoints the log when it commits: <see cref="SqliteCheckpointer"/> does it in the background,
/// and a log emptied by a checkpoint is cut back to 64 MB.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    // A pooled connection keeps its native handle, and the handle keeps its pragmas: set them once per handle,
    // not on every open (every request opens one).
    private static readonly ConditionalWeakTable<object, object> Applied = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && Applied.TryGetValue(handle, out _))
        {
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA synchronous=FULL; PRAGMA cache_size=-32768; PRAGMA mmap_size=2147418112; " +
            "PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=67108864;";
        command.ExecuteNonQuery();
        if (connection is SqliteConnection { Handle: { } opened })
        {
            Applied.AddOrUpdate(opened, Applied);
        }
    }
}
