using System.Threading.Channels;
using Grassroots.Web.Platform.Data;

namespace Grassroots.Web.Modules.Petitions.Register;

/// <summary>
/// Group commit for letters from the public portal: requests wait while one writer saves many letters in a
/// single transaction, and each request is answered only after its letter is committed. SQLite has one writer
/// at a time and Microsoft.Data.Sqlite waits in 150 ms steps on a locked database, so many small concurrent
/// transactions would queue behind each other; one writer that batches does not.
/// </summary>
public sealed class PetitionIntake(IServiceScopeFactory scopes, ILogger<PetitionIntake> log) : BackgroundService
{
    private const int MaxBatch = 500;

    private readonly Channel<Item> _queue = Channel.CreateBounded<Item>(new BoundedChannelOptions(20_000)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private sealed record Item(object[] Entities, TaskCompletionSource Done);

    /// <summary>Completes when the rows are committed; throws what saving them threw. Rows come parents first, each complete
    /// (audit rows included): the writer inserts them as they are.</summary>
    public async Task SaveAsync(object[] entities, CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Item(entities, done), ct);
        await done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Item>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }
            try
            {
                var t = System.Diagnostics.Stopwatch.StartNew();
                await SaveAsync(batch, stoppingToken);
                batch.ForEach(i => i.Done.TrySetResult());
                log.LogDebug("Saved {Count} letters in {Elapsed} ms", batch.Count, t.Elapsed.TotalMilliseconds);
            }
            catch (Exception e) when (batch.Count > 1 && e is not OperationCanceledException)
            {
                // One bad letter must not sink the others: each is saved on its own, with its own answer.
                log.LogWarning(e, "A batch of {Count} letters failed; saving them one by one", batch.Count);
                foreach (var item in batch)
                {
                    try
                    {
                        await SaveAsync([item], stoppingToken);
                        item.Done.TrySetResult();
                    }
                    catch (Exception single)
                    {
                        item.Done.TrySetException(single);
                    }
                }
            }
            catch (Exception e)
            {
                batch.ForEach(i => i.Done.TrySetException(e));
            }
        }
    }

    private async Task SaveAsync(List<Item> items, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (writer, transaction) = await RowWriter.BeginAsync(db, ct);
        using (writer)
        await using (transaction)
        {
            foreach (var item in items)
            {
                foreach (var row in item.Entities)
                {
                    writer.Insert(row);
                }
            }
            await writer.FlushAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }
}
