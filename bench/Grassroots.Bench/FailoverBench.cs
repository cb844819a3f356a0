using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Grassroots.Bench;

/// <summary>
/// Issue 19's failover and replica targets on the pg_auto_failover formation of tools/ha/start.sh (docs/operations.md):
/// portal pages read from a standby while letters go to the primary (pages/s, p99), then, in each trial, letters sent
/// continuously while the primary is killed (kill -9 of its pg_autoctl service and of its postmaster, as if its machine
/// died): how long until the app writes again, letters acknowledged before, during and after, and whether every
/// acknowledged letter is in the database. After each trial the old primary is started again and rejoins as a standby.
/// </summary>
public static class FailoverBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var trials = int.Parse(Arg("--trials", "3"), Inv);
        var clients = int.Parse(Arg("--clients", "32"), Inv);
        var readers = int.Parse(Arg("--readers", "64"), Inv);
        var seconds = int.Parse(Arg("--seconds", "10"), Inv);
        var root = StartupBench.FindRoot();
        var dll = Path.Combine(root, "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-failover-bench");

        var formation = await Formation.StartAsync(root);
        Console.WriteLine($"formation healthy, primary {await formation.PrimaryAsync()}");
        var database = "gr_failover_bench";
        await using (var admin = new NpgsqlConnection(formation.Primary("postgres")))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
        }
        var primary = formation.Primary(database);
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = primary,
            // --no-replicas: the same page from the primary, for comparison.
            ["ConnectionStrings__PostgresReplicas"] = args.Contains("--no-replicas") ? "" : formation.Replicas(database),
            ["Demo__Enabled"] = "false",
            ["Bootstrap__AdminUser"] = "admin",
            ["Bootstrap__AdminPassword"] = "Admin@12345",
            ["Bootstrap__AdminTwoFactorKey"] = BenchAuth.DemoTwoFactorKey,
            ["RateLimits__PublicPerMinute"] = "100000000",
            ["RateLimits__TokenPerMinute"] = "100000",
            ["DataProtection__KeysFolder"] = Path.Combine(folder.FullName, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var (url, app) = await StartAsync(dll, env);
        try
        {
            using var http = Client(url, clients + readers);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchAuth.TokenAsync(http, "admin", "Admin@12345"));
            (await http.PostAsJsonAsync("/api/v1/units", new { code = "97", name = "Tỉnh Thử Nghiệm", kind = "Province", parentCode = "VN", validFrom = "2020-01-01" })).EnsureSuccessStatusCode();
            (await http.PostAsJsonAsync("/api/v1/units", new { code = "97C01", name = "Xã Thử Nghiệm", kind = "Commune", parentCode = "97", validFrom = "2020-01-01" })).EnsureSuccessStatusCode();
            http.DefaultRequestHeaders.Authorization = null;

            // Portal pages from a standby while the primary takes letters.
            using var cts = new CancellationTokenSource();
            var acks = new ConcurrentBag<(string Code, double At)>();
            var failures = new ConcurrentBag<(int Status, double At)>();
            var clock = Stopwatch.StartNew();
            var writing = Letters(http, clients, acks, failures, clock, cts.Token);
            var reads = await PagesAsync(http, readers, seconds);
            cts.Cancel();
            await writing;
            Console.WriteLine($"portal page /p/97C01 {(args.Contains("--no-replicas") ? "without replicas (the primary)" : "with replicas")}, {readers} connections, while {acks.Count / clock.Elapsed.TotalSeconds:F0} letters/s went to the primary: " +
                $"{reads.Rate:F0} pages/s, p50 {reads.P50:F1} ms, p99 {reads.P99:F1} ms, {reads.FromReplica:P0} read from a standby, {reads.Failed} failed");

            for (var trial = 1; trial <= trials; trial++)
            {
                await TrialAsync(trial, http, formation, primary, clients);
                await formation.StartAsync();
                Console.WriteLine($"  formation healthy again, primary {await formation.PrimaryAsync()}");
            }
            return 0;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            folder.Delete(recursive: true);
        }
    }

    private static async Task TrialAsync(int trial, HttpClient http, Formation formation, string primary, int clients)
    {
        using var cts = new CancellationTokenSource();
        var acks = new ConcurrentBag<(string Code, double At)>();
        var failures = new ConcurrentBag<(int Status, double At)>();
        var clock = Stopwatch.StartNew();
        var writing = Letters(http, clients, acks, failures, clock, cts.Token);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var killed = await formation.KillPrimaryAsync();
        var killedAt = clock.Elapsed.TotalSeconds;

        // Writes again: the first acknowledgement after the gap the kill opened (1 s without one).
        double? resumedAt = null;
        while (clock.Elapsed.TotalSeconds - killedAt < 300)
        {
            await Task.Delay(250);
            var after = acks.Select(a => a.At).Where(t => t > killedAt).Order().ToList();
            var previous = killedAt;
            foreach (var t in after)
            {
                if (t - previous >= 1.0)
                {
                    resumedAt = t;
                    break;
                }
                previous = t;
            }
            if (resumedAt is not null && clock.Elapsed.TotalSeconds > resumedAt + 5)
            {
                break;
            }
        }
        cts.Cancel();
        await writing;
        var promoted = await formation.PrimaryAsync();

        var acknowledged = acks.ToList();
        var before = acknowledged.Count(a => a.At <= killedAt);
        var during = acknowledged.Count(a => a.At > killedAt && (resumedAt is null || a.At < resumedAt));
        var afterCount = acknowledged.Count - before - during;
        var codes = acknowledged.Select(a => a.Code).ToHashSet();
        var stored = new HashSet<string>();
        await using (var db = new NpgsqlConnection(primary))
        {
            await db.OpenAsync();
            await using var reader = await new NpgsqlCommand("SELECT \"TrackingCode\" FROM \"Petition\"", db).ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetString(0));
            }
        }
        var lost = codes.Count(c => !stored.Contains(c));
        var refused = failures.Where(f => f.At > killedAt).GroupBy(f => f.Status).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "no answer" : g.Key.ToString(Inv))}: {g.Count()}");
        Console.WriteLine($"trial {trial}: killed {killed}, promoted {promoted}; app wrote again after " +
            (resumedAt is null ? "— (not within 300 s)" : $"{resumedAt - killedAt:F1} s") +
            $"; acknowledged {before} before, {during} during, {afterCount} after ({acknowledged.Count / clock.Elapsed.TotalSeconds:F0} letters/s overall); " +
            $"refused during the failover: [{string.Join(", ", refused)}]; in the database {codes.Count - lost} of {codes.Count} acknowledged, lost {lost}");
    }

    private static Task Letters(HttpClient http, int clients, ConcurrentBag<(string, double)> acks, ConcurrentBag<(int, double)> failures,
        Stopwatch clock, CancellationToken ct)
    {
        var n = 0;
        return Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (!ct.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref n);
                try
                {
                    using var r = await http.PostAsJsonAsync("/api/v1/public/petitions", new
                    {
                        unitCode = "97C01",
                        kind = "Reflection",
                        content = $"Đèn chiếu sáng đường liên thôn số {i} bị hỏng nhiều ngày.",
                    }, CancellationToken.None);
                    if (r.StatusCode == HttpStatusCode.Created)
                    {
                        var code = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingCode").GetString()!;
                        acks.Add((code, clock.Elapsed.TotalSeconds));
                    }
                    else
                    {
                        failures.Add(((int)r.StatusCode, clock.Elapsed.TotalSeconds));
                        await Task.Delay(100, CancellationToken.None);
                    }
                }
                catch (HttpRequestException)
                {
                    failures.Add((0, clock.Elapsed.TotalSeconds));
                    await Task.Delay(100, CancellationToken.None);
                }
            }
        }));
    }

    private sealed record Pages(double Rate, double P50, double P99, double FromReplica, int Failed);

    private static async Task<Pages> PagesAsync(HttpClient http, int readers, int seconds)
    {
        var samples = new ConcurrentBag<double>();
        int failed = 0, replica = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, readers).Select(async _ =>
        {
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                var t = Stopwatch.StartNew();
                using var r = await http.GetAsync("/p/97C01", HttpCompletionOption.ResponseContentRead);
                samples.Add(t.Elapsed.TotalMilliseconds);
                if (!r.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failed);
                }
                if (r.Headers.TryGetValues("X-Read-From", out var from) && from.Contains("replica"))
                {
                    Interlocked.Increment(ref replica);
                }
            }
        }));
        var sorted = samples.Order().ToList();
        return new Pages(sorted.Count / watch.Elapsed.TotalSeconds, sorted[sorted.Count / 2], sorted[(int)(sorted.Count * 0.99)], (double)replica / sorted.Count, failed);
    }

    private static HttpClient Client(string url, int connections) => StartupBench.BehindProxy(
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(120) });

    private static async Task<(string Url, Process App)> StartAsync(string dll, Dictionary<string, string> env)
    {
        var url = $"http://127.0.0.1:{StartupBench.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in env)
        {
            start.Environment[k] = v;
        }
        var app = Process.Start(start)!;
        var log = Environment.GetEnvironmentVariable("GRASSROOTS_BENCH_APP_LOG");
        app.OutputDataReceived += (_, e) => { if (e.Data is not null && log is not null) { lock (app) { File.AppendAllText(log, e.Data + "\n"); } } };
        app.ErrorDataReceived += (_, e) => { if (e.Data is not null && log is not null) { lock (app) { File.AppendAllText(log, e.Data + "\n"); } } };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await StartupBench.WaitReadyAsync(http, Stopwatch.StartNew());
        return (url, app);
    }
}

/// <summary>The formation of tools/ha/start.sh, driven from .NET (the same as tests/Grassroots.Tests/HighAvailability).</summary>
public sealed class Formation
{
    private readonly string _root;
    private string _hosts = "";

    private Formation(string root) => _root = root;

    public string Base { get; } = Environment.GetEnvironmentVariable("GRASSROOTS_HA_BASE") ?? "/var/tmp/grassroots-ha";
    public int Port { get; } = int.Parse(Environment.GetEnvironmentVariable("GRASSROOTS_HA_PORT") ?? "6000", CultureInfo.InvariantCulture);

    public static async Task<Formation> StartAsync(string root)
    {
        var formation = new Formation(root);
        await formation.StartAsync();
        return formation;
    }

    /// <summary>Starts what is not running (idempotent) and waits until the formation is healthy.</summary>
    public async Task StartAsync()
    {
        var output = await RunAsync(Path.Combine(_root, "tools/ha/start.sh"));
        _hosts = string.Join(",", Enumerable.Range(1, 3).Select(i => $"127.0.0.1:{Port + i}"));
        if (!output.Contains("Formation healthy", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("tools/ha/start.sh: " + output);
        }
    }

    /// <summary>The primary, wherever it is: multi-host, read-write; hosts found offline are tried again after a second.</summary>
    public string Primary(string database) =>
        $"Host={_hosts};Username=grassroots;Password=grassroots;Database={database};Target Session Attributes=read-write;Host Recheck Seconds=1;Timeout=3;Maximum Pool Size=60";

    public string Replicas(string database) => $"Host={_hosts};Username=grassroots;Password=grassroots;Database={database};Maximum Pool Size=60";

    private string Monitor => $"Host=127.0.0.1;Port={Port};Username=autoctl_node;Database=pg_auto_failover;Pooling=false";

    public async Task<string> PrimaryAsync()
    {
        await using var db = new NpgsqlConnection(Monitor);
        await db.OpenAsync();
        return (string)(await new NpgsqlCommand(
            "SELECT string_agg(nodename || ' (' || nodeport || ')', ', ') FROM pgautofailover.node WHERE goalstate IN ('primary', 'wait_primary', 'single')", db)
            .ExecuteScalarAsync() ?? "none");
    }

    /// <summary>kill -9 of the primary's pg_autoctl service (so it does not restart PostgreSQL) and of its postmaster.</summary>
    public async Task<string> KillPrimaryAsync()
    {
        string node;
        await using (var db = new NpgsqlConnection(Monitor))
        {
            await db.OpenAsync();
            node = (string)(await new NpgsqlCommand("SELECT nodename FROM pgautofailover.node WHERE reportedstate = 'primary'", db).ExecuteScalarAsync())!;
        }
        var service = File.ReadLines($"{Base}/run/pg_autoctl{Base}/{node}/pg_autoctl.pid").First();
        var postmaster = File.ReadLines($"{Base}/{node}/postmaster.pid").First();
        // The service first: its supervisor would otherwise start PostgreSQL again within a second.
        await RunAsync("bash", "-c", $"pkill -9 -P {service}; kill -9 {service}; kill -9 {postmaster}");
        return node;
    }

    private static async Task<string> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await output + await error;
    }
}
