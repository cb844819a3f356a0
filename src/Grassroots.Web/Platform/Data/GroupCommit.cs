using System.Threading.Channels;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// Group commit for the portal's busiest writes (letters, comments): requests wait while one writer saves many
/// items in a single transaction, and each request is answered only after its item is committed — so an
/// acknowledged item survives a killed process. SQLite has one writer at a time and Microsoft.Data.Sqlite waits
/// in 150 ms steps on a locked database, so many small concurrent transactions would queue behind each other;
/// one writer that batches does not. The writer keeps one context and its open connection between batches.
/// </summary>
public abstract class GroupCommit<TItem>(IServiceScopeFactory scopes, ILogger log, int maxBatch, int capacity) : BackgroundService
{
    private readonly Channel<Entry> _queue = Channel.CreateBounded<Entry>(new BoundedChannelOptions(capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private AsyncServiceScope? _scope;

    // SQLite only: the background log copier, which asks the busy writer to finish a copy between batches.
    private SqliteCheckpointer? _checkpointer;

    private sealed record Entry(TItem Item, TaskCompletionSource Done);

    /// <summary>Writes the batch in one transaction of its own (the writer's context has no other work).</summary>
    protected abstract Task WriteAsync(AppDbContext db, IReadOnlyList<TItem> items, CancellationToken ct);

    /// <summary>Completes when the item is committed; throws what saving it threw.</summary>
    public async Task SaveAsync(TItem item, CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Entry(item, done), ct);
        await done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Http.OperatorMetrics.ObserveQueue(GetType().Name, () => _queue.Reader.Count);
        var batch = new List<Entry>(maxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < maxBatch && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }
            try
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await SaveOrWaitAsync(batch, stoppingToken);
                batch.ForEach(e => e.Done.TrySetResult());
                Http.OperatorMetrics.GroupCommitBatch.Record(batch.Count);
                log.LogDebug("Saved {Count} items in {Elapsed} ms", batch.Count, watch.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (batch.Count > 1 && e is not OperationCanceledException && !DatabaseFaults.IsUnavailable(e))
            {
                // One bad item must not sink the others: each is saved on its own, with its own answer.
                log.LogWarning(e, "A batch of {Count} items failed; saving them one by one", batch.Count);
                foreach (var entry in batch)
                {
                    try
                    {
                        await SaveAsync([entry], stoppingToken);
                        entry.Done.TrySetResult();
                    }
                    catch (Exception single)
                    {
                        entry.Done.TrySetException(single);
                    }
                }
            }
            catch (Exception e)
            {
                batch.ForEach(entry => entry.Done.TrySetException(e));
            }
        }
    }

    /// <summary>
    /// Saves the batch; while the database is out of reach (a failover: docs/operations.md) tries again every half second
    /// for up to <c>Database:WriteRetrySeconds</c> (30 by default), on a new connection, which follows the new primary of a
    /// multi-host connection string. Safe: the failed transaction saved nothing, and the rows carry their own keys, so a
    /// commit whose answer was lost cannot be saved twice (the retry is refused as a duplicate instead). After that the
    /// requests are answered 503 (<see cref="DatabaseFaults"/>).
    /// </summary>
    private async Task SaveOrWaitAsync(List<Entry> entries, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SaveAsync(entries, ct);
                if (attempt > 1)
                {
                    log.LogWarning("Saved a batch of {Count} items after {Attempts} attempts ({Elapsed:0.0} s without the database)",
                        entries.Count, attempt, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
                }
                return;
            }
            catch (Exception e) when (DatabaseFaults.IsUnavailable(e) && !ct.IsCancellationRequested
                && System.Diagnostics.Stopwatch.GetElapsedTime(started) < (_retryFor ??= RetryFor()))
            {
                if (attempt == 1)
                {
                    log.LogWarning("The database is out of reach ({Error}); trying the batch of {Count} again", e.Message, entries.Count);
                }
                await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
            }
        }
    }

    private TimeSpan? _retryFor;

    private TimeSpan RetryFor()
    {
        using var scope = scopes.CreateScope();
        var seconds = scope.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Database:WriteRetrySeconds", 30.0);
        return TimeSpan.FromSeconds(Math.Max(0, seconds));
    }

    private async Task SaveAsync(List<Entry> entries, CancellationToken ct)
    {
        try
        {
            if (_scope is null)
            {
                var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.OpenConnectionAsync(ct);
                _checkpointer = scope.ServiceProvider.GetService<SqliteCheckpointer>();
                _scope = scope;
            }
            var db = _scope.Value.ServiceProvider.GetRequiredService<AppDbContext>();
            await WriteAsync(db, entries.ConvertAll(e => e.Item), ct);
            if (_checkpointer is not null)
            {
                await _checkpointer.FinishIfAskedAsync(db.Database.GetDbConnection(), ct);
            }
        }
        catch
        {
            // A broken connection or a failed batch: the next one starts afresh.
            if (_scope is { } scope)
            {
                _scope = null;
                await scope.DisposeAsync();
            }
            throw;
        }
    }

    public override void Dispose()
    {
        _scope?.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }
}
