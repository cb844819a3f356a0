using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Grassroots.Tests.Infrastructure;

/// <summary>
/// Makes a race certain instead of likely: while armed for N racers, every request that is about to save a change of a
/// versioned aggregate waits at the door until all N have read, checked and got there; then all save at once. Without
/// the database's version check every one of them would succeed, since each read the same state.
/// </summary>
public sealed class RaceGate : SaveChangesInterceptor
{
    private sealed class Round(int racers)
    {
        public int Racers { get; } = racers;
        public int Arrived;
        public TaskCompletionSource All { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public ConditionalWeakTable<DbContext, object> Seen { get; } = [];
    }

    private Round? _round;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        var round = Volatile.Read(ref _round);
        // A save inside an explicit transaction is not held: on SQLite that transaction already holds the write lock,
        // so the others could not reach the door; those requests race on their own, having read before the transaction.
        if (round is not null && eventData.Context is { } db && db.Database.CurrentTransaction is null && IsRacing(db)
            && round.Seen.TryAdd(db, new object()))
        {
            if (Interlocked.Increment(ref round.Arrived) >= round.Racers)
            {
                round.All.TrySetResult();
            }
            // A safety net against a racer that never comes (a test bug), not a timing the test relies on.
            await Task.WhenAny(round.All.Task, Task.Delay(TimeSpan.FromMinutes(2), cancellationToken));
        }
        return result;
    }

    /// <summary>A save of a module's records (not a token's last use, nor the audit log): the change that races.</summary>
    private static bool IsRacing(DbContext db) => db.ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && e.Entity.GetType().Namespace?.StartsWith("Grassroots.Web.Modules.", StringComparison.Ordinal) == true);

    /// <summary>Sends <paramref name="racers"/> requests at once, all of them reading before any of them saves; answers their statuses.</summary>
    public async Task<HttpStatusCode[]> RunAsync(int racers, Func<int, Task<HttpResponseMessage>> send)
    {
        Volatile.Write(ref _round, new Round(racers));
        try
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, racers).Select(i => Task.Run(() => send(i))));
            return [.. responses.Select(r => r.StatusCode)];
        }
        finally
        {
            Volatile.Write(ref _round, null);
        }
    }
}
