using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Grassroots.Bench;

/// <summary>
/// Issue 4's targets on SQLite: public comment intake (rate and p99), no acknowledged comment lost when the app is
/// killed with SIGKILL mid-run, and the portal page of a consultation holding 1,000,000 comments.
/// </summary>
public static class ConsultationsBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var seconds = int.Parse(Arg("--seconds", "10"), Inv);
        var clients = int.Parse(Arg("--clients", "64"), Inv);
        var comments = int.Parse(Arg("--comments", "1000000"), Inv);
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-consultations-bench");
        var file = Path.Combine(folder.FullName, "bench.db");
        var connection = $"Data Source={file}";
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Default"] = connection,
            ["Demo__Enabled"] = "false",
            ["Bootstrap__AdminUser"] = "admin",
            ["Bootstrap__AdminPassword"] = "Admin@12345",
            ["Bootstrap__AdminTwoFactorKey"] = BenchAuth.DemoTwoFactorKey,
            ["RateLimits__PublicPerMinute"] = "100000000",
            ["RateLimits__TokenPerMinute"] = "100000",
            ["DataProtection__KeysFolder"] = Path.Combine(folder.FullName, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        Console.WriteLine($"SQLite, {clients} clients, {seconds} s of intake, portal page at {comments:N0} comments");
        var (url, app) = await StartAsync(dll, env);
        try
        {
            using var http = Client(url, clients);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchAuth.TokenAsync(http, "admin", "Admin@12345"));
            (await http.PostAsJsonAsync("/api/v1/units", new { code = "98", name = "Tỉnh Thử Nghiệm", kind = "Province", parentCode = "VN", validFrom = "2020-01-01" })).EnsureSuccessStatusCode();
            (await http.PostAsJsonAsync("/api/v1/units", new { code = "98C01", name = "Xã Thử Nghiệm", kind = "Commune", parentCode = "98", validFrom = "2020-01-01" })).EnsureSuccessStatusCode();
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
            async Task<Guid> Consultation(string title)
            {
                var r = await http.PostAsJsonAsync("/api/v1/consultations", new
                {
                    unitCode = "98C01",
                    subject = "Other",
                    title,
                    body = "Dự thảo luật lấy ý kiến Nhân dân cả nước.",
                    opensOn = today.AddDays(-1).ToString("yyyy-MM-dd", Inv),
                    closesOn = today.AddDays(30).ToString("yyyy-MM-dd", Inv),
                    commenters = "Anyone",
                });
                r.EnsureSuccessStatusCode();
                return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            }
            var live = await Consultation("Dự thảo sửa đổi Luật Đất đai (intake)");
            var big = await Consultation("Dự thảo sửa đổi Hiến pháp (1 triệu ý kiến)");
            http.DefaultRequestHeaders.Authorization = null;

            // 1. Intake rate and latency (after a short warm-up).
            // The load comes from wrk (a C client) when it is installed, so the client does not eat the server's two cores.
            var acked = new ConcurrentBag<Guid>();
            Measured intake;
            string client;
            if (File.Exists("/usr/bin/wrk"))
            {
                await WrkAsync(url, live, clients, 3);
                intake = await WrkAsync(url, live, clients, seconds);
                client = "wrk";
            }
            else
            {
                await LoadAsync(http, live, clients, 2, new ConcurrentBag<Guid>());
                intake = await LoadAsync(http, live, clients, seconds, acked);
                client = ".NET HttpClient";
            }
            if (File.Exists("/usr/bin/wrk"))
            {
                var ceiling = await WrkGetAsync(url, "/health/live", clients, 5);
                Console.WriteLine($"for scale, the same app answering GET /health/live (no database): {ceiling:F0} requests/s");
            }
            Console.WriteLine($"comment intake ({client}, {clients} connections): {intake.Rate:F0} comments/s, p50 {intake.P50:F1} ms, p99 {intake.P99:F1} ms, {intake.Failed} failed; " +
                $"{StoredIds(connection, live).Count:N0} stored");

            // 2. Kill -9 mid-run: every acknowledged comment must be in the database after a restart.
            var killed = new ConcurrentBag<Guid>();
            using var cts = new CancellationTokenSource();
            var running = LoadAsync(http, live, clients, 60, killed, cts.Token);
            await Task.Delay(TimeSpan.FromSeconds(3));
            app.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
            await app.WaitForExitAsync();
            cts.Cancel();
            var partial = await running;
            (url, app) = await StartAsync(dll, env);
            var stored = StoredIds(connection, live);
            var missing = killed.Count(id => !stored.Contains(id)) + acked.Count(id => !stored.Contains(id));
            var counter = Counter(connection, live);
            Console.WriteLine($"kill -9 after 3 s of load: {killed.Count:N0} comments acknowledged before the kill ({partial.Failed} requests cut), {missing} of them missing after restart; " +
                $"{stored.Count:N0} stored, counter says {counter:N0}");

            // 3. The portal page of a consultation with a million comments.
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            var watch = Stopwatch.StartNew();
            Generate(connection, big, comments);
            Console.WriteLine($"generated {comments:N0} comments in {watch.Elapsed.TotalSeconds:F0} s");
            (url, app) = await StartAsync(dll, env);
            using var portal = Client(url, 1);
            var path = $"/p/98C01/consultations/{big}";
            var first = await portal.GetStringAsync(path);
            if (!first.Contains(comments.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), StringComparison.Ordinal))
            {
                Console.WriteLine("warning: the page does not show the expected count");
            }
            var page = await SequentialAsync(100, async _ => (await portal.GetAsync(path)).IsSuccessStatusCode);
            var middle = StoredIdAt(connection, big, comments / 2);
            var deep = await SequentialAsync(100, async _ => (await portal.GetAsync($"{path}?before={middle}")).IsSuccessStatusCode);
            Console.WriteLine($"portal page with {comments:N0} comments: p50 {page.P50:F1} ms, p99 {page.P99:F1} ms, max {page.Max:F1} ms; " +
                $"a page half-way down: p50 {deep.P50:F1} ms, p99 {deep.P99:F1} ms; {first.Length / 1024.0:F1} KB of HTML");
            return missing == 0 ? 0 : 1;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            folder.Delete(recursive: true);
        }
    }

    private sealed record Measured(double Rate, double P50, double P99, double Max, int Failed);

    private static async Task<Measured> LoadAsync(HttpClient http, Guid consultation, int clients, int seconds, ConcurrentBag<Guid> acked, CancellationToken ct = default)
    {
        var samples = new ConcurrentBag<double>();
        var failed = 0;
        var n = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (watch.Elapsed.TotalSeconds < seconds && !ct.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref n);
                var t = Stopwatch.StartNew();
                try
                {
                    var r = await http.PostAsJsonAsync($"/api/v1/public/consultations/{consultation}/comments",
                        new { text = $"Ý kiến số {i}: đề nghị quy định rõ giá đất bồi thường sát giá thị trường.", authorName = $"Người dân {i}" }, ct);
                    if (r.StatusCode == HttpStatusCode.Created)
                    {
                        acked.Add((await r.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid());
                        samples.Add(t.Elapsed.TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                {
                    Interlocked.Increment(ref failed);
                    if (ct.IsCancellationRequested)
                    {
                        break;
                    }
                    await Task.Delay(50, CancellationToken.None);
                }
            }
        }));
        var sorted = samples.Order().ToList();
        return sorted.Count == 0
            ? new Measured(0, 0, 0, 0, failed)
            : new Measured(sorted.Count / watch.Elapsed.TotalSeconds, sorted[sorted.Count / 2], sorted[(int)(sorted.Count * 0.99)], sorted[^1], failed);
    }

    private static async Task<Measured> WrkAsync(string url, Guid consultation, int clients, int seconds)
    {
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, $$"""
            local n = 0
            request = function()
              n = n + 1
              local body = '{"text":"Ý kiến số ' .. n .. ': đề nghị quy định rõ giá đất bồi thường sát giá thị trường.","authorName":"Người dân ' .. n .. '"}'
              return wrk.format("POST", "/api/v1/public/consultations/{{consultation}}/comments", { ["Content-Type"] = "application/json" }, body)
            end
            """);
        var run = Process.Start(new ProcessStartInfo("/usr/bin/wrk", ["-t2", $"-c{clients}", $"-d{seconds}s", "--latency", "-s", script, url]) { RedirectStandardOutput = true })!;
        var output = await run.StandardOutput.ReadToEndAsync();
        await run.WaitForExitAsync();
        File.Delete(script);
        double Ms(string label)
        {
            var m = System.Text.RegularExpressions.Regex.Match(output, $@"\s{label}%\s+([\d.]+)(us|ms|s)");
            var v = double.Parse(m.Groups[1].Value, Inv);
            return m.Groups[2].Value switch { "us" => v / 1000, "s" => v * 1000, _ => v };
        }
        var rate = double.Parse(System.Text.RegularExpressions.Regex.Match(output, @"Requests/sec:\s+([\d.]+)").Groups[1].Value, Inv);
        var non2xx = System.Text.RegularExpressions.Regex.Match(output, @"Non-2xx or 3xx responses:\s+(\d+)");
        return new Measured(rate, Ms("50"), Ms("99"), 0, non2xx.Success ? int.Parse(non2xx.Groups[1].Value, Inv) : 0);
    }

    private static async Task<double> WrkGetAsync(string url, string path, int clients, int seconds)
    {
        var run = Process.Start(new ProcessStartInfo("/usr/bin/wrk", ["-t2", $"-c{clients}", $"-d{seconds}s", url + path]) { RedirectStandardOutput = true })!;
        var output = await run.StandardOutput.ReadToEndAsync();
        await run.WaitForExitAsync();
        return double.Parse(System.Text.RegularExpressions.Regex.Match(output, @"Requests/sec:\s+([\d.]+)").Groups[1].Value, Inv);
    }

    private static HashSet<Guid> StoredIds(string connection, Guid consultation)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var cmd = new SqliteCommand("SELECT Id FROM ConsultationComments WHERE ConsultationId = $c", db);
        cmd.Parameters.AddWithValue("$c", consultation.ToString().ToUpperInvariant());
        using var reader = cmd.ExecuteReader();
        var ids = new HashSet<Guid>();
        while (reader.Read())
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }
        return ids;
    }

    private static long Counter(string connection, Guid consultation)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var cmd = new SqliteCommand("SELECT CommentCount FROM Consultations WHERE Id = $c", db);
        cmd.Parameters.AddWithValue("$c", consultation.ToString().ToUpperInvariant());
        return (long)cmd.ExecuteScalar()!;
    }

    private static string StoredIdAt(string connection, Guid consultation, int offset)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var cmd = new SqliteCommand("SELECT Id FROM ConsultationComments WHERE ConsultationId = $c ORDER BY Id DESC LIMIT 1 OFFSET $o", db);
        cmd.Parameters.AddWithValue("$c", consultation.ToString().ToUpperInvariant());
        cmd.Parameters.AddWithValue("$o", offset);
        return (string)cmd.ExecuteScalar()!;
    }

    /// <summary>Comments straight into the table, with the counter the intake would have kept.</summary>
    private static void Generate(string connection, Guid consultation, int count)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var tx = db.BeginTransaction();
        using var cmd = new SqliteCommand("INSERT INTO ConsultationComments (Id, ConsultationId, Text, AuthorName, Channel, ReceivedAt) VALUES ($id, $c, $t, $a, 'Portal', $at)", db, tx);
        var id = cmd.Parameters.Add("$id", SqliteType.Text);
        cmd.Parameters.AddWithValue("$c", consultation.ToString().ToUpperInvariant());
        var text = cmd.Parameters.Add("$t", SqliteType.Text);
        var author = cmd.Parameters.Add("$a", SqliteType.Text);
        var at = cmd.Parameters.Add("$at", SqliteType.Text);
        var start = DateTime.UtcNow.AddDays(-30);
        cmd.Prepare();
        for (var i = 0; i < count; i++)
        {
            var when = start.AddSeconds(i * 2.5);
            id.Value = Guid.CreateVersion7(new DateTimeOffset(when, TimeSpan.Zero)).ToString().ToUpperInvariant();
            text.Value = $"Ý kiến số {i}: đề nghị giữ nguyên quy định về quyền của người sử dụng đất nông nghiệp.";
            author.Value = $"Người dân {i}";
            at.Value = when.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", Inv);
            cmd.ExecuteNonQuery();
        }
        using var counter = new SqliteCommand("UPDATE Consultations SET CommentCount = CommentCount + $n WHERE Id = $c", db, tx);
        counter.Parameters.AddWithValue("$n", count);
        counter.Parameters.AddWithValue("$c", consultation.ToString().ToUpperInvariant());
        counter.ExecuteNonQuery();
        tx.Commit();
    }

    private static async Task<Measured> SequentialAsync(int times, Func<int, Task<bool>> call)
    {
        var samples = new List<double>();
        var failed = 0;
        for (var i = 0; i < times + 5; i++)
        {
            var t = Stopwatch.StartNew();
            var ok = await call(i);
            if (i >= 5)
            {
                samples.Add(t.Elapsed.TotalMilliseconds);
                failed += ok ? 0 : 1;
            }
        }
        samples.Sort();
        return new Measured(0, samples[samples.Count / 2], samples[Math.Min(samples.Count - 1, (int)(samples.Count * 0.99))], samples[^1], failed);
    }

    private static HttpClient Client(string url, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };


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
        if (log is not null)
        {
            app.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (app) { File.AppendAllText(log, e.Data + "\n"); } } };
        }
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await StartupBench.WaitReadyAsync(http, Stopwatch.StartNew());
        return (url, app);
    }
}
