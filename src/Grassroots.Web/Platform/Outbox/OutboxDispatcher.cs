using System.Diagnostics.Metrics;

namespace Grassroots.Web.Platform.Outbox;

public sealed class OutboxOptions
{
    /// <summary>Whether the hosted worker runs (tests drive <see cref="OutboxDispatcher.DrainOnceAsync"/> themselves).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How often an idle worker looks for messages queued inside a longer transaction.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Messages a worker claims at once.</summary>
    public int BatchSize { get; set; } = 400;

    /// <summary>Lanes sending at once, each with its own SMTP connection.</summary>
    public int Lanes { get; set; } = 4;

    /// <summary>A claim runs out after this long: a worker killed while sending leaves its messages to another after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts before a message is given up (about two days with the backoff below).</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>The first retry's delay; each next one doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The public address of the platform, for links in messages (the tracking page of a letter).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
}

/// <summary>
/// Sends what the outbox holds: claims a batch (a lease: safe with several app instances on PostgreSQL, where a claim
/// is one conditional UPDATE the database serialises; SQLite has one writer), sends it through its channel in parallel
/// lanes (each email lane over a kept-open SMTP connection), and marks what left as sent in one statement per flush
/// while the lanes go on; a failure is recorded with its next attempt (exponential backoff) or as given up.
/// A message leased by a process that died before its flush is sent again when the lease runs out, with the same
/// Message-Id (email) or webhook-id (webhook call): the receiver can recognise the repeat. Exactly once is impossible
/// over SMTP (the server's "250 OK" and our mark cannot be one atomic step); the window is what left since the last flush.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IEnumerable<IOutboxChannel> channels, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> log)
{
    // On the platform's meter, so that /metrics shows them (Platform/Http/OperatorMetrics).
    private static readonly Counter<long> SentCounter = Http.OperatorMetrics.Meter.CreateCounter<long>("grassroots.outbox.sent", "{message}",
        "Messages sent (email, SMS, webhook calls)");
    private static readonly Counter<long> FailedCounter = Http.OperatorMetrics.Meter.CreateCounter<long>("grassroots.outbox.failed_attempts", "{attempt}",
        "Attempts that failed (retried later or given up)");

    /// <summary>Messages due at the last claim: the outbox's queue on /metrics.</summary>
    private static long _due;

    static OutboxDispatcher() => Http.OperatorMetrics.ObserveQueue("outbox", () => Volatile.Read(ref _due));
    private readonly Dictionary<OutboxChannel, IOutboxChannel> _channels = channels.ToDictionary(c => c.Channel);

    /// <summary>Claims and sends one batch; the number of messages whose attempt ended (sent, retried later or given up).</summary>
    public async Task<int> DrainOnceAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        var ready = _channels.Values.Where(c => c.IsConfigured).Select(c => c.Channel).ToList();
        if (ready.Count == 0)
        {
            return 0;
        }
        var owner = Guid.NewGuid();
        List<OutboxMessage> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            var ids = await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now) && ready.Contains(m.Channel))
                .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(o.BatchSize).ToListAsync(ct);
            // All that is due fits in a batch, or more waits: then it is counted.
            Volatile.Write(ref _due, ids.Count < o.BatchSize ? ids.Count : await db.Set<OutboxMessage>()
                .CountAsync(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now && ready.Contains(m.Channel), ct));
            if (ids.Count == 0)
            {
                return 0;
            }
            var until = now + o.Lease;
            // The conditions are checked again on each row as it is updated: of two workers claiming the same row, one gets it.
            await db.Set<OutboxMessage>()
                .Where(m => ids.Contains(m.Id) && m.State == OutboxState.Pending && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until), ct);
            claimed = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.LeaseOwner == owner).OrderBy(m => m.NextAttemptAt).ToListAsync(ct);
        }
        if (claimed.Count == 0)
        {
            return 0;
        }
        var done = 0;
        var lanes = claimed.GroupBy(m => m.Channel)
            .SelectMany(g => g.Select((m, i) => (m, i)).GroupBy(x => x.i % Math.Max(1, g.Key == OutboxChannel.Email ? o.Lanes : 1), x => x.m)
                .Select(lane => (Channel: _channels[g.Key], Messages: (IReadOnlyList<OutboxMessage>)lane.ToList())));
        // What was sent is marked in one statement per flush (all that left since the last one), not one write per message:
        // the flush runs while the lanes go on sending, so a crash can only resend what left since the last flush.
        var sent = System.Threading.Channels.Channel.CreateUnbounded<Guid>(new() { SingleReader = true });
        var marking = MarkSentAsync(sent.Reader, owner);
        try
        {
            await Parallel.ForEachAsync(lanes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, o.Lanes), CancellationToken = ct }, async (lane, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await lane.Channel.SendAsync(lane.Messages, async (m, outcome) =>
                {
                    if (outcome.Result == SendResult.Sent)
                    {
                        sent.Writer.TryWrite(m.Id);
                    }
                    else
                    {
                        await RecordFailureAsync(db, m, owner, outcome, o, CancellationToken.None);
                    }
                    Interlocked.Increment(ref done);
                }, token);
            });
        }
        finally
        {
            sent.Writer.TryComplete();
            await marking;
        }
        return done;
    }

    /// <summary>Marks as sent, in one UPDATE per round, every message reported sent since the previous round.</summary>
    private async Task MarkSentAsync(System.Threading.Channels.ChannelReader<Guid> reader, Guid owner)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = new List<Guid>();
        while (await reader.WaitToReadAsync())
        {
            ids.Clear();
            while (ids.Count < 1000 && reader.TryRead(out var id))
            {
                ids.Add(id);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await db.Set<OutboxMessage>().Where(x => ids.Contains(x.Id) && x.LeaseOwner == owner)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.State, OutboxState.Sent).SetProperty(x => x.SentAt, now)
                            .SetProperty(x => x.Attempts, x => x.Attempts + 1).SetProperty(x => x.LeaseOwner, (Guid?)null)
                            .SetProperty(x => x.LeaseUntil, (DateTime?)null));
                    break;
                }
                catch (Exception e) when (attempt < 5 && e is not OperationCanceledException)
                {
                    // A busy database (SQLite's single writer): the messages left, so their mark must be written.
                    log.LogWarning("Outbox: marking {Count} messages sent failed ({Error}); trying again", ids.Count, e.Message);
                    await Task.Delay(50 * attempt);
                }
            }
            SentCounter.Add(ids.Count);
        }
    }

    /// <summary>Sends until nothing is ready (tests and the bench).</summary>
    public async Task<int> DrainAsync(CancellationToken ct = default)
    {
        var total = 0;
        int n;
        while ((n = await DrainOnceAsync(ct)) > 0)
        {
            total += n;
        }
        return total;
    }

    private async Task RecordFailureAsync(AppDbContext db, OutboxMessage m, Guid owner, SendOutcome outcome, OutboxOptions o, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = db.Set<OutboxMessage>().Where(x => x.Id == m.Id && x.LeaseOwner == owner);
        FailedCounter.Add(1);
        var attempts = m.Attempts + 1;
        var giveUp = outcome.Result == SendResult.Permanent || attempts >= o.MaxAttempts;
        var next = now + Backoff(attempts, o);
        db.Add(new OutboxAttempt { MessageId = m.Id, At = now, StatusCode = outcome.StatusCode, Error = outcome.Error ?? "" });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await rows.ExecuteUpdateAsync(s => s.SetProperty(x => x.State, giveUp ? OutboxState.Failed : OutboxState.Pending)
            .SetProperty(x => x.Attempts, attempts).SetProperty(x => x.NextAttemptAt, next).SetProperty(x => x.LastError, outcome.Error)
            .SetProperty(x => x.LeaseOwner, (Guid?)null).SetProperty(x => x.LeaseUntil, (DateTime?)null), ct);
        if (giveUp)
        {
            log.LogWarning("Outbox message {Id} ({Event} to {Recipient}) given up after {Attempts} attempts: {Error}", m.Id, m.EventKey, m.Recipient, attempts, outcome.Error);
        }
    }

    /// <summary>Exponential backoff: the first delay, doubled each attempt, capped, with up to a fifth of jitter.</summary>
    public static TimeSpan Backoff(int attempts, OutboxOptions o)
    {
        var delay = o.FirstBackoff * Math.Pow(2, Math.Min(attempts - 1, 20));
        if (delay > o.MaxBackoff)
        {
            delay = o.MaxBackoff;
        }
        return delay + (delay * (Random.Shared.NextDouble() * 0.2));
    }
}

/// <summary>The hosted worker: drains while there is work, then waits for a nudge or the poll interval.</summary>
public sealed class OutboxWorker(OutboxDispatcher dispatcher, OutboxSignal signal, Microsoft.Extensions.Options.IOptions<OutboxOptions> options,
    ILogger<OutboxWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            return;
        }
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await dispatcher.DrainOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Outbox worker failed a round; trying again");
            }
            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class OutboxSetup
{
    public static IServiceCollection AddGrassrootsOutbox(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        if (environment.IsEnvironment("Testing"))
        {
            // Tests drive the dispatcher themselves unless they ask for the worker.
            services.PostConfigure<OutboxOptions>(o => o.WorkerEnabled = configuration.GetValue("Outbox:WorkerEnabled", false));
        }
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddScoped<Outbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxChannel, EmailChannel>();
        services.AddSingleton<IOutboxChannel, WebhookChannel>();
        services.AddSingleton<IOutboxChannel, PhoneChannel>();
        services.Configure<SmsOptions>(configuration.GetSection("Sms"));
        services.AddSingleton<LoggingPhoneMessenger>();
        services.AddSingleton<HttpSmsMessenger>();
        services.AddSingleton<ZaloMessenger>();
        // The adapter of Sms:Provider (Logging, Http, Zalo), read at each message.
        services.AddSingleton<IPhoneMessenger, PhoneMessengerRouter>();
        services.AddHttpClient(HttpSmsMessenger.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddHttpClient(WebhookChannel.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
