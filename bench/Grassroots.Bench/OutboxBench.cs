using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Grassroots.Bench;

/// <summary>
/// Issue 20's targets for the outbox (SQLite, the app as a separate process, a local SMTP server in this process):
/// (1) the worker's steady rate: rows committed at 500 a second for a while, each one's delay from its commit to its
/// arrival at the SMTP server (p50, p99); (2) the drain of 100,000 queued emails, with the app killed with SIGKILL in
/// the middle and started again: none lost, how many sent twice. The rows are written straight into the outbox table
/// (what a use case's transaction writes), so the figures are the worker's.
/// </summary>
public static class OutboxBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var rate = int.Parse(Arg("--rate", "500"), Inv);
        var seconds = int.Parse(Arg("--seconds", "20"), Inv);
        var queued = int.Parse(Arg("--queued", "100000"), Inv);
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-outbox-bench");
        Postgres = Arg("--provider", "sqlite") == "postgres";
        string connection;
        if (Postgres)
        {
            var pgAdmin = Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG") ?? "Host=127.0.0.1;Username=grassroots;Password=grassroots;Database=postgres";
            await using var admin = new NpgsqlConnection(pgAdmin);
            await admin.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS gr_outbox_bench WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE gr_outbox_bench", admin).ExecuteNonQueryAsync();
            connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = "gr_outbox_bench", MaxPoolSize = 20 }.ToString();
        }
        else
        {
            connection = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
        }
        var smtp = new Smtp();
        var smtpPort = StartupBench.FreePort();
        using var stop = new CancellationTokenSource();
        var server = smtp.Start(smtpPort, stop.Token);
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = Postgres ? "Postgres" : "Sqlite",
            ["ConnectionStrings__Default"] = connection,
            ["Demo__Enabled"] = "false",
            ["Bootstrap__AdminUser"] = "admin",
            ["Bootstrap__AdminPassword"] = "Admin@12345",
            ["Bootstrap__AdminTwoFactorKey"] = BenchAuth.DemoTwoFactorKey,
            ["DataProtection__KeysFolder"] = Path.Combine(folder.FullName, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(Inv),
            ["Smtp__Security"] = "None",
            ["Outbox__Lease"] = "00:00:10",
        };
        Console.WriteLine($"{(Postgres ? "PostgreSQL" : "SQLite")}; outbox worker of the app (separate process) → SMTP server on loopback (SmtpServer, in the bench)");
        var app = await StartAsync(dll, env);
        try
        {
            // 1. Steady load: batches committed every 100 ms at the target rate; delay from commit to arrival.
            var commits = new ConcurrentDictionary<string, long>();
            var clock = Stopwatch.StartNew();
            smtp.Clock = clock;
            var perTick = Math.Max(1, rate / 10);
            var total = 0;
            var next = clock.ElapsedMilliseconds;
            await using (var db = Open(connection))
            {
                await db.OpenAsync();
                while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
                {
                    var ids = await InsertAsync(db, perTick, "steady", total);
                    var at = clock.ElapsedTicks;
                    foreach (var id in ids)
                    {
                        commits[id] = at;
                    }
                    total += ids.Count;
                    next += 100;
                    var wait = next - clock.ElapsedMilliseconds;
                    if (wait > 0)
                    {
                        await Task.Delay((int)wait);
                    }
                }
            }
            var sentAll = Stopwatch.StartNew();
            while (commits.Keys.Count(smtp.Arrived.ContainsKey) < total && sentAll.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(100);
            }
            var delays = commits.Where(c => smtp.Arrived.ContainsKey(c.Key))
                .Select(c => (smtp.Arrived[c.Key] - c.Value) * 1000.0 / Stopwatch.Frequency).Order().ToList();
            Console.WriteLine($"steady: {total:N0} emails committed at {rate}/s for {seconds} s; {delays.Count:N0} arrived; " +
                $"commit → SMTP delay p50 {Pct(delays, 0.50):F0} ms, p99 {Pct(delays, 0.99):F0} ms, max {delays.LastOrDefault():F0} ms");

            // 2. A backlog: 100,000 queued at once, drained; the app killed with SIGKILL after a few seconds and started again.
            smtp.Reset();
            await using (var db = Open(connection))
            {
                await db.OpenAsync();
                for (var done = 0; done < queued; done += 5000)
                {
                    await InsertAsync(db, Math.Min(5000, queued - done), "backlog", done, State: "Failed"); // held until all are written
                }
                await using var release = db.CreateCommand();
                release.CommandText = Q("UPDATE OutboxMessages SET State = 'Pending' WHERE EventKey LIKE 'bench.backlog:%'");
                await release.ExecuteNonQueryAsync();
            }
            var drain = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(4));
            var beforeKill = smtp.Count;
            app.Kill(entireProcessTree: true); // SIGKILL: no shutdown, the lease of the batch in hand stays
            await app.WaitForExitAsync();
            var rateBefore = beforeKill / drain.Elapsed.TotalSeconds;
            Console.WriteLine($"backlog: {queued:N0} queued; {beforeKill:N0} sent in the first {drain.Elapsed.TotalSeconds:F1} s ({rateBefore:F0} emails/s), then kill -9");
            // The batch the killed process held comes back when its lease runs out (set to 10 s for the bench).
            app = await StartAsync(dll, env);
            var restarted = Stopwatch.StartNew();
            while (PendingAsync(connection) > 0 && restarted.Elapsed < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(500);
            }
            var elapsed = restarted.Elapsed.TotalSeconds;
            var backlogIds = BacklogIds(connection);
            var lost = backlogIds.Count(id => !smtp.Arrived.ContainsKey(id));
            var twice = smtp.Count - smtp.Arrived.Count;
            Console.WriteLine($"after restart: drained in {elapsed:F1} s ({(queued - beforeKill) / elapsed:F0} emails/s, including the lease of the killed batch running out); " +
                $"{smtp.Arrived.Count:N0} distinct emails arrived of {queued:N0}: {lost} lost, {twice} sent twice; rows not sent: {PendingAsync(connection)}");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await stop.CancelAsync();
            try
            {
                await server;
            }
            catch (OperationCanceledException)
            {
            }
        }
        return 0;
    }

    private static double Pct(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    /// <summary>Rows as a use case writes them: an email, pending, due now; the ids as the mails carry them (Message-Id).</summary>
    private static bool Postgres;

    private static DbConnection Open(string connection) => Postgres ? new NpgsqlConnection(connection) : new SqliteConnection(connection);

    /// <summary>SQL with the table's and columns' names quoted for PostgreSQL.</summary>
    private static string Q(string sql) => Postgres
        ? System.Text.RegularExpressions.Regex.Replace(sql, @"\b(OutboxMessages|Id|Channel|EventKey|Recipient|EventType|Subject|Body|Html|State|Attempts|CreatedAt|NextAttemptAt)\b", "\"$1\"")
        : sql;

    private static DbParameter Param(DbCommand cmd, string name, object? value = null)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }

    private static async Task<List<string>> InsertAsync(DbConnection db, int count, string kind, int offset, string State = "Pending")
    {
        await using var tx = await db.BeginTransactionAsync();
        await using var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        var p = Postgres ? "@" : "$";
        cmd.CommandText = Q($"""
            INSERT INTO OutboxMessages (Id, Channel, EventKey, Recipient, EventType, Subject, Body, Html, State, Attempts, CreatedAt, NextAttemptAt)
            VALUES ({p}id, 'Email', {p}key, {p}to, 'bench', {p}subject, {p}body, {p}html, {p}state, 0, {p}now, {p}now)
            """);
        var id = Param(cmd, p + "id");
        var key = Param(cmd, p + "key");
        var to = Param(cmd, p + "to");
        var subject = Param(cmd, p + "subject");
        Param(cmd, p + "body", "Kính gửi ông/bà,\n\nĐơn của ông/bà đã được thụ lý. Xem tiến trình: https://dancoso.example/p/track?code=DT-ABC\n");
        Param(cmd, p + "html", "<p>Kính gửi ông/bà,</p><p>Đơn của ông/bà đã được thụ lý.</p>");
        Param(cmd, p + "state", State);
        var now = Param(cmd, p + "now");
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var g = Guid.CreateVersion7();
            id.Value = Postgres ? g : g.ToString().ToUpperInvariant();
            key.Value = $"bench.{kind}:{offset + i}";
            to.Value = $"nguoi{offset + i}@example.vn";
            subject.Value = $"Đơn DT-{offset + i} đã được thụ lý";
            now.Value = Postgres ? DateTime.UtcNow : DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", Inv);
            await cmd.ExecuteNonQueryAsync();
            ids.Add(g.ToString("N"));
        }
        await tx.CommitAsync();
        return ids;
    }

    private static long PendingAsync(string connection)
    {
        using var db = Open(connection);
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = Q("SELECT COUNT(*) FROM OutboxMessages WHERE State = 'Pending'");
        return Convert.ToInt64(cmd.ExecuteScalar()!, Inv);
    }

    private static List<string> BacklogIds(string connection)
    {
        using var db = Open(connection);
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = Q("SELECT Id FROM OutboxMessages WHERE EventKey LIKE 'bench.backlog:%'");
        using var reader = cmd.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add((Postgres ? reader.GetGuid(0) : Guid.Parse(reader.GetString(0))).ToString("N"));
        }
        return ids;
    }

    private static async Task<Process> StartAsync(string dll, Dictionary<string, string> env)
    {
        var url = $"http://127.0.0.1:{StartupBench.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in env)
        {
            start.Environment[k] = v;
        }
        var app = Process.Start(start)!;
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await StartupBench.WaitReadyAsync(http, Stopwatch.StartNew());
        return app;
    }

    /// <summary>The SMTP server: keeps each message's Message-Id (the outbox row's id) with its arrival time, and counts repeats.</summary>
    private sealed class Smtp
    {
        private int _count;
        public Stopwatch Clock { get; set; } = Stopwatch.StartNew();
        public ConcurrentDictionary<string, long> Arrived { get; private set; } = new();
        public int Count => _count;

        public void Reset()
        {
            Arrived = new ConcurrentDictionary<string, long>();
            _count = 0;
        }

        public Task Start(int port, CancellationToken ct)
        {
            var options = new SmtpServerOptionsBuilder().ServerName("localhost")
                .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(new Store(this));
            services.Add(NoDelayListeners.Instance);
            return new SmtpServer.SmtpServer(options, services).StartAsync(ct);
        }

        private sealed class Store(Smtp smtp) : MessageStore
        {
            public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
            {
                var at = smtp.Clock.ElapsedTicks;
                var text = Encoding.UTF8.GetString(buffer.Length > 4096 ? buffer.Slice(0, 4096).ToArray() : buffer.ToArray());
                var start = text.IndexOf("Message-Id: <", StringComparison.OrdinalIgnoreCase);
                if (start >= 0)
                {
                    start += "Message-Id: <".Length;
                    var id = text[start..text.IndexOf('@', start)];
                    smtp.Arrived.TryAdd(id, at);
                }
                Interlocked.Increment(ref smtp._count);
                return Task.FromResult(SmtpResponse.Ok);
            }
        }
    }
}

/// <summary>
/// The SMTP server's sockets with Nagle's algorithm off (TCP_NODELAY, inherited from the listening socket on Linux):
/// the library writes a reply in several pieces, and with Nagle on each waits for the client's delayed ACK (~40 ms),
/// which caps a connection at ~22 messages a second whatever the sender does. A real MTA (Postfix) sets it.
/// </summary>
internal sealed class NoDelayListeners : SmtpServer.Net.IEndpointListenerFactory
{
    public static readonly NoDelayListeners Instance = new();

    public SmtpServer.Net.IEndpointListener CreateListener(SmtpServer.IEndpointDefinition endpoint)
    {
        var listener = new System.Net.Sockets.TcpListener(endpoint.Endpoint);
        listener.Server.NoDelay = true;
        listener.Start();
        // The library's own listener over this socket (its constructor is not public).
        return (SmtpServer.Net.IEndpointListener)Activator.CreateInstance(typeof(SmtpServer.Net.EndpointListener),
            System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null, [listener, (Action)listener.Stop], null)!;
    }
}
