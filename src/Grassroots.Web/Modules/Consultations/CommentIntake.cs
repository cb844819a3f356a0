using System.Threading.Channels;
using Grassroots.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Consultations;

/// <summary>
/// Group commit for comments (the pattern of the petitions' intake): requests wait while one writer saves many comments
/// and the consultations' counters in one transaction, and each request is answered only after its comment is committed —
/// so an acknowledged comment survives a killed process.
/// </summary>
public sealed class CommentIntake(IServiceScopeFactory scopes, ILogger<CommentIntake> log) : BackgroundService
{
    private const int MaxBatch = 1000;

    private readonly Channel<Item> _queue = Channel.CreateBounded<Item>(new BoundedChannelOptions(50_000)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    private sealed record Item(ConsultationComment Comment, TaskCompletionSource Done);

    /// <summary>Completes when the comment is committed; throws what saving it threw.</summary>
    public async Task SaveAsync(ConsultationComment comment, CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Item(comment, done), ct);
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
                await SaveAsync(batch, stoppingToken);
                batch.ForEach(i => i.Done.TrySetResult());
            }
            catch (Exception e) when (batch.Count > 1 && e is not OperationCanceledException)
            {
                log.LogWarning(e, "A batch of {Count} comments failed; saving them one by one", batch.Count);
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.AddRange(items.Select(i => i.Comment));
        await db.SaveChangesAsync(ct);
        foreach (var group in items.GroupBy(i => i.Comment.ConsultationId))
        {
            var id = group.Key;
            var n = (long)group.Count();
            await db.Set<Consultation>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CommentCount, c => c.CommentCount + n), ct);
        }
        await transaction.CommitAsync(ct);
    }
}
