using System.Diagnostics.Metrics;
using Npgsql;
using NpgsqlTypes;

namespace Grassroots.Web.Platform.Data;

/// <summary>
/// Reads from PostgreSQL standbys (docs/operations.md, "Reads from replicas"). <c>ConnectionStrings:PostgresReplicas</c>
/// names one or more hosts (<c>Host=a:6001,b:6002,...</c>); each is watched on its own by <see cref="ReplicaMonitor"/>,
/// which measures how far its replay is behind the primary. A request that opted in (<see cref="ReadsFromReplicaAttribute"/>)
/// gets a context on a standby that is up, replaying, within <c>Replicas:MaxLagSeconds</c> and past the user's own last write
/// (<see cref="ReadYourWrites"/>); otherwise it reads the primary like every other request. With no replica configured
/// (SQLite, a single PostgreSQL) none of this exists and every context is the primary's.
/// </summary>
public sealed class ReplicaSet
{
    public const string ConnectionStringName = "PostgresReplicas";

    private readonly ILogger<ReplicaSet> _log;
    private int _next;

    public ReplicaSet(IConfiguration configuration, ILogger<ReplicaSet> log)
    {
        _log = log;
        var section = configuration.GetSection("Replicas");
        MaxLag = TimeSpan.FromSeconds(section.GetValue("MaxLagSeconds", 5.0));
        Poll = TimeSpan.FromSeconds(section.GetValue("PollSeconds", 1.0));
        if (MaxLag <= TimeSpan.Zero || Poll <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Replicas:MaxLagSeconds and Replicas:PollSeconds must be positive.");
        }
        Primary = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Default")) { Timeout = 3, CommandTimeout = 3 });
        Replicas = [.. Hosts(configuration.GetConnectionString(ConnectionStringName)!).Select(c => new Replica(c))];
    }

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName));

    /// <summary>A standby further behind than this is not read (reads go to the primary).</summary>
    public TimeSpan MaxLag { get; }

    /// <summary>How often every standby's lag is measured.</summary>
    public TimeSpan Poll { get; }

    /// <summary>The primary, for its current WAL position (monitor and read-your-writes).</summary>
    public NpgsqlDataSource Primary { get; }

    public IReadOnlyList<Replica> Replicas { get; }

    /// <summary>False while the primary cannot be reached (a failover): reads then take a standby whatever its lag, and say so.</summary>
    public bool PrimaryReachable { get; internal set; } = true;

    /// <summary>The primary's WAL position at the last measure.</summary>
    public NpgsqlLogSequenceNumber PrimaryLsn { get; internal set; }

    /// <summary>
    /// The standby a read goes to, or null for the primary. <paramref name="wrote"/>: the user's last write (its WAL position);
    /// only a standby that has replayed it is chosen. <paramref name="stale"/>: the standby chosen may be behind the bound
    /// (the primary is out of reach) — the page must say so.
    /// </summary>
    public Replica? Choose(NpgsqlLogSequenceNumber? wrote, out bool stale)
    {
        stale = false;
        var count = Replicas.Count;
        var start = (int)((uint)Interlocked.Increment(ref _next) % (uint)count);
        for (var i = 0; i < count; i++)
        {
            var r = Replicas[(start + i) % count];
            if (r.State == ReplicaState.Usable && (wrote is null || r.ReplayLsn >= wrote.Value))
            {
                return r;
            }
        }
        if (!PrimaryReachable)
        {
            for (var i = 0; i < count; i++)
            {
                var r = Replicas[(start + i) % count];
                if (r.State == ReplicaState.Lagging)
                {
                    stale = true;
                    return r;
                }
            }
        }
        return null;
    }

    /// <summary>A read on this standby failed: it is not chosen again before the next measure says it is back.</summary>
    public void Failed(Replica replica, Exception error) => Set(replica, ReplicaState.Down, error.Message);

    internal void Set(Replica replica, ReplicaState state, string? why = null)
    {
        if (replica.State == state)
        {
            return;
        }
        replica.State = state;
        // Logged once per change of state, not at every measure.
        if (state == ReplicaState.Usable)
        {
            _log.LogInformation("Replica {Replica} is read again (lag {Lag:0.0} s)", replica.Name, replica.LagSeconds);
        }
        else
        {
            _log.LogWarning("Replica {Replica} is not read: {State} ({Why}); reads go to the primary", replica.Name, state,
                why ?? $"lag {replica.LagSeconds:0.0} s, bound {MaxLag.TotalSeconds:0.#} s");
        }
    }

    /// <summary>One data source a host of the replicas' connection string, so that each is measured and chosen on its own.</summary>
    private static IEnumerable<string> Hosts(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var entry in (builder.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.LastIndexOf(':');
            var one = new NpgsqlConnectionStringBuilder(connectionString)
            {
                Host = colon > 0 && !entry.EndsWith(']') ? entry[..colon] : entry,
                Port = colon > 0 && int.TryParse(entry[(colon + 1)..], out var port) ? port : builder.Port,
                TargetSessionAttributes = null,
                Timeout = Math.Min(builder.Timeout, 3),
            };
            yield return DatabaseSetup.WithPreparedStatements(one.ConnectionString);
        }
    }
}

public enum ReplicaState
{
    /// <summary>Not measured yet.</summary>
    Unknown,
    Usable,
    /// <summary>Replaying, but further behind than the bound.</summary>
    Lagging,
    /// <summary>Out of reach.</summary>
    Down,
    /// <summary>Reachable but not in recovery: a promoted standby is the primary now.</summary>
    NotStandby,
}

public sealed class Replica
{
    internal Replica(string connectionString)
    {
        ConnectionString = connectionString;
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        Name = $"{b.Host}:{b.Port}";
        var options = new DbContextOptionsBuilder<PostgresAppDbContext>();
        DatabaseSetup.ConfigurePostgres(options, connectionString);
        Options = options.Options;
        Source = NpgsqlDataSource.Create(connectionString);
    }

    public string Name { get; }
    public string ConnectionString { get; }
    public DbContextOptions<PostgresAppDbContext> Options { get; }
    internal NpgsqlDataSource Source { get; }
    public ReplicaState State { get; internal set; }
    public NpgsqlLogSequenceNumber ReplayLsn { get; internal set; }
    public double LagSeconds { get; internal set; }
    public double LagBytes { get; internal set; }
}

/// <summary>Measures every standby each <see cref="ReplicaSet.Poll"/> and publishes the lag on <c>/metrics</c>.</summary>
public sealed class ReplicaMonitor(ReplicaSet set) : BackgroundService
{
    static ReplicaMonitor()
    {
        // grassroots_replica_lag_seconds, grassroots_replica_lag_bytes, grassroots_replica_usable on /metrics.
        Http.OperatorMetrics.Meter.CreateObservableGauge("grassroots.replica.lag", () => Measures(r => r.LagSeconds), "s",
            "How far a standby's replay is behind the primary (0 when it has replayed all the primary wrote)");
        Http.OperatorMetrics.Meter.CreateObservableGauge("grassroots.replica.lag_bytes", () => Measures(r => r.LagBytes), "By",
            "WAL bytes the standby has not replayed yet");
        Http.OperatorMetrics.Meter.CreateObservableGauge("grassroots.replica.usable", () => Measures(r => r.State == ReplicaState.Usable ? 1 : 0), null,
            "1 when reads may go to the standby (up, replaying, within Replicas:MaxLagSeconds)");
    }

    private static readonly List<ReplicaSet> Sets = [];

    private static IEnumerable<Measurement<double>> Measures(Func<Replica, double> value)
    {
        lock (Sets)
        {
            return [.. Sets.SelectMany(s => s.Replicas).Select(r => new Measurement<double>(value(r), new KeyValuePair<string, object?>("replica", r.Name)))];
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        lock (Sets)
        {
            Sets.Add(set);
        }
        try
        {
            // Real time, not the app's clock (tests move that one): lag is a matter of seconds on the wall.
            using var timer = new PeriodicTimer(set.Poll);
            do
            {
                await MeasureAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            lock (Sets)
            {
                Sets.Remove(set);
            }
        }
    }

    /// <summary>One measure of the primary and of every standby (public for tests that cannot wait for the timer).</summary>
    public async Task MeasureAsync(CancellationToken ct)
    {
        try
        {
            await using var command = set.Primary.CreateCommand("SELECT pg_current_wal_lsn()");
            set.PrimaryLsn = (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(ct))!;
            set.PrimaryReachable = true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            set.PrimaryReachable = false;
        }
        await Task.WhenAll(set.Replicas.Select(r => MeasureAsync(r, ct)));
    }

    private async Task MeasureAsync(Replica replica, CancellationToken ct)
    {
        try
        {
            await using var command = replica.Source.CreateCommand(
                "SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn(), extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8");
            command.CommandTimeout = 3;
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            if (!reader.GetBoolean(0))
            {
                replica.LagSeconds = 0;
                replica.LagBytes = 0;
                set.Set(replica, ReplicaState.NotStandby, "not in recovery: it is a primary");
                return;
            }
            var replay = reader.IsDBNull(1) ? default : reader.GetFieldValue<NpgsqlLogSequenceNumber>(1);
            var sinceLastReplay = reader.IsDBNull(2) ? double.MaxValue : reader.GetDouble(2);
            replica.ReplayLsn = replay;
            // Replayed all the primary wrote: not behind, however long ago the last transaction was.
            var caughtUp = set.PrimaryReachable && replay >= set.PrimaryLsn;
            replica.LagSeconds = caughtUp ? 0 : Math.Max(0, sinceLastReplay);
            replica.LagBytes = set.PrimaryReachable && !caughtUp ? (ulong)set.PrimaryLsn - (ulong)replay : 0;
            set.Set(replica, replica.LagSeconds <= set.MaxLag.TotalSeconds ? ReplicaState.Usable : ReplicaState.Lagging);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            set.Set(replica, ReplicaState.Down, e.Message);
        }
    }
}

/// <summary>
/// Marks a page (its page model) or an endpoint (<see cref="ReplicaEndpoints.ReadsFromReplica{T}"/>) whose reads tolerate a few
/// seconds' lag: its <see cref="AppDbContext"/> may be a standby's (docs/architecture.md, "Reads from replicas"). Only for
/// GET and HEAD, and only for requests that write nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ReadsFromReplicaAttribute : Attribute;

public static class ReplicaEndpoints
{
    public static TBuilder ReadsFromReplica<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReadsFromReplicaAttribute());
}

/// <summary>
/// Where this request reads: decided once, at its first use of the database. The layout asks <see cref="Stale"/> to show its
/// notice; tests and the log can ask <see cref="Replica"/>.
/// </summary>
public sealed class ReadRoute(IHttpContextAccessor http, ReplicaSet? set = null)
{
    private bool _decided;
    private Replica? _replica;
    private bool _stale;

    /// <summary>The standby this request reads, or null (the primary).</summary>
    public Replica? Replica
    {
        get
        {
            Decide();
            return _replica;
        }
    }

    /// <summary>Read from a standby that may be behind the bound (the primary was out of reach): the page says so.</summary>
    public bool Stale => _decided && _stale;

    /// <summary>The bound, for the notice.</summary>
    public double MaxLagSeconds => set?.MaxLag.TotalSeconds ?? 0;

    private void Decide()
    {
        if (_decided)
        {
            return;
        }
        _decided = true;
        if (set is null || http.HttpContext is not { } context
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<ReadsFromReplicaAttribute>() is null)
        {
            return;
        }
        _replica = set.Choose(ReadYourWrites.LastWrite(context), out _stale);
        if (_replica is not null && !context.Response.HasStarted)
        {
            context.Response.Headers["X-Read-From"] = "replica";
        }
    }

    /// <summary>The request's context: a standby's when it chose one, else the primary's (the one registered by AddDbContext).</summary>
    public AppDbContext Context(IServiceProvider services) =>
        Replica is { } replica
            ? new PostgresAppDbContext(replica.Options, services.GetService<Audit.AuditRecorder>())
            : services.GetRequiredService<PostgresAppDbContext>();
}

/// <summary>
/// Read-your-writes: after a request that may have written (not GET/HEAD/OPTIONS) and succeeded, the primary's WAL position
/// at its end goes into a short-lived cookie; a later read goes to a standby only if that standby has replayed past it,
/// else to the primary. The position is read after the request's commit, so it covers it.
/// </summary>
public static class ReadYourWrites
{
    public const string Cookie = "grassroots-wrote";

    public static NpgsqlLogSequenceNumber? LastWrite(HttpContext context) =>
        context.Request.Cookies.TryGetValue(Cookie, out var value) && NpgsqlLogSequenceNumber.TryParse(value, out var lsn) ? lsn : null;

    public static IApplicationBuilder UseReadYourWrites(this IApplicationBuilder app)
    {
        var set = app.ApplicationServices.GetService<ReplicaSet>();
        if (set is null)
        {
            return app;
        }
        // Long enough for a standby to catch up; a standby further behind than the bound is not read anyway.
        var lifetime = TimeSpan.FromSeconds(Math.Max(60, set.MaxLag.TotalSeconds * 4));
        return app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
            {
                await next(context);
                return;
            }
            context.Response.OnStarting(async () =>
            {
                if (context.Response.StatusCode >= 400)
                {
                    return;
                }
                try
                {
                    await using var command = set.Primary.CreateCommand("SELECT pg_current_wal_lsn()");
                    var lsn = (NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync(context.RequestAborted))!;
                    context.Response.Cookies.Append(Cookie, lsn.ToString(), new CookieOptions
                    {
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                        Secure = context.Request.IsHttps,
                        MaxAge = lifetime,
                        IsEssential = true,
                    });
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException)
                {
                    // The primary went away after the write: the next reads go to the primary too, once it is back.
                }
            });
            await next(context);
        });
    }
}
