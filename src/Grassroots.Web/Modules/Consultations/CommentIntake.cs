using System.Threading.Channels;
using Grassroots.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await SaveAsync(batch, stoppingToken);
                batch.ForEach(i => i.Done.TrySetResult());
                log.LogDebug("Saved {Count} comments in {Elapsed} ms", batch.Count, watch.Elapsed.TotalMilliseconds);
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

    private AsyncServiceScope? _scope;

    /// <summary>The writer keeps one context and its open connection: no scope, pool round-trip or connection set-up per batch.</summary>
    private async Task<AppDbContext> WriterAsync(CancellationToken ct)
    {
        if (_scope is { } open)
        {
            return open.ServiceProvider.GetRequiredService<AppDbContext>();
        }
        var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync(ct);
        _scope = scope;
        return db;
    }

    private async Task SaveAsync(List<Item> items, CancellationToken ct)
    {
        try
        {
            await WriteAsync(await WriterAsync(ct), items, ct);
        }
        catch
        {
            // A broken connection or a failed batch: start the next one afresh.
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
    }

    private static async Task WriteAsync(AppDbContext db, List<Item> items, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The hot path of national consultations: one multi-row INSERT per 100 comments instead of EF's row by row.
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        foreach (var chunk in items.Chunk(100))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            var sql = new System.Text.StringBuilder(
                "INSERT INTO \"ConsultationComments\" (\"Id\", \"ConsultationId\", \"Text\", \"AuthorName\", \"AuthorAddress\", \"HouseholdId\", \"Channel\", \"ReceivedAt\", \"EnteredBy\") VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                var c = chunk[i].Comment;
                sql.Append(i == 0 ? "" : ",").Append(System.Globalization.CultureInfo.InvariantCulture, $"(@i{i},@c{i},@t{i},@n{i},@a{i},@h{i},@k{i},@r{i},@e{i})");
                Add(command, $"@i{i}", Id(c.Id, sqlite));
                Add(command, $"@c{i}", Id(c.ConsultationId, sqlite));
                Add(command, $"@t{i}", c.Text);
                Add(command, $"@n{i}", c.AuthorName);
                Add(command, $"@a{i}", c.AuthorAddress);
                Add(command, $"@h{i}", c.HouseholdId is { } h ? Id(h, sqlite) : null);
                Add(command, $"@k{i}", c.Channel.ToString());
                Add(command, $"@r{i}", sqlite ? c.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture) : c.ReceivedAt);
                Add(command, $"@e{i}", c.EnteredBy);
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
        foreach (var group in items.GroupBy(i => i.Comment.ConsultationId))
        {
            await using var update = connection.CreateCommand();
            update.Transaction = transaction.GetDbTransaction();
            update.CommandText = "UPDATE \"Consultations\" SET \"CommentCount\" = \"CommentCount\" + @n WHERE \"Id\" = @id";
            Add(update, "@n", (long)group.Count());
            Add(update, "@id", Id(group.Key, sqlite));
            await update.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>As EF stores a Guid: upper-case text on SQLite, a native uuid on PostgreSQL.</summary>
    private static object Id(Guid id, bool sqlite) => sqlite ? id.ToString().ToUpperInvariant() : id;

    private static void Add(System.Data.Common.DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }
}
