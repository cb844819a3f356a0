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
/// Issue 16's survey target on SQLite: anonymous survey responses from the public link at 1,000 a second with p99 under
/// 50 ms, and none acknowledged lost when the app is killed with SIGKILL mid-run. Each request answers the SIPAS template
/// (21 questions) from its own device token; a free-text answer carries a marker to find it after the restart.
/// </summary>
public static class SurveysBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var seconds = int.Parse(Arg("--seconds", "10"), Inv);
        var clients = int.Parse(Arg("--clients", "32"), Inv);
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-surveys-bench");
        var connection = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
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
        Console.WriteLine($"SQLite, {clients} clients, {seconds} s of survey intake, then kill -9 under load");
        var (url, app) = await StartAsync(dll, env);
        try
        {
            using var http = Client(url, clients);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchAuth.TokenAsync(http, "admin", "Admin@12345"));
            (await http.PostAsJsonAsync("/api/v1/units", new { code = "98", name = "Tỉnh Thử Nghiệm", kind = "Province", parentCode = "VN", validFrom = "2020-01-01" })).EnsureSuccessStatusCode();
            (await http.PostAsJsonAsync("/api/v1/units", new { code = "98C01", name = "Xã Thử Nghiệm", kind = "Commune", parentCode = "98", validFrom = "2020-01-01" })).EnsureSuccessStatusCode();
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
            var opened = await http.PostAsJsonAsync("/api/v1/surveys/campaigns", new
            {
                unitCode = "98C01", title = "Khảo sát tải", from = today.AddDays(-1).ToString("yyyy-MM-dd", Inv), to = today.AddDays(30).ToString("yyyy-MM-dd", Inv),
                targetSample = 1_000_000,
            });
            opened.EnsureSuccessStatusCode();
            var campaign = await opened.Content.ReadFromJsonAsync<JsonElement>();
            var code = campaign.GetProperty("publicCode").GetString()!;
            var id = campaign.GetProperty("id").GetGuid();
            http.DefaultRequestHeaders.Authorization = null;

            await LoadAsync(http, code, clients, 2, new ConcurrentBag<string>(), "w");
            var acked = new ConcurrentBag<string>();
            var intake = await LoadAsync(http, code, clients, seconds, acked, "a");
            Console.WriteLine($"survey intake (.NET HttpClient, {clients} connections): {intake.Rate:F0} responses/s, p50 {intake.P50:F1} ms, p99 {intake.P99:F1} ms, " +
                $"max {intake.Max:F1} ms, {intake.Failed} failed; {Count(connection, id):N0} stored");

            var killed = new ConcurrentBag<string>();
            using var cts = new CancellationTokenSource();
            var running = LoadAsync(http, code, clients, 60, killed, "k", cts.Token);
            await Task.Delay(TimeSpan.FromSeconds(3));
            app.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
            await app.WaitForExitAsync();
            cts.Cancel();
            var partial = await running;
            (url, app) = await StartAsync(dll, env);
            var stored = Markers(connection, id);
            var missing = killed.Count(m => !stored.Contains(m)) + acked.Count(m => !stored.Contains(m));
            Console.WriteLine($"kill -9 after 3 s of load: {killed.Count:N0} responses acknowledged before the kill ({partial.Failed} requests cut), {missing} of them missing after restart; " +
                $"{stored.Count:N0} stored, the campaign's counter says {Counter(connection, id):N0}");
            return missing == 0 ? 0 : 1;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            folder.Delete(recursive: true);
        }
    }

    private sealed record Measured(double Rate, double P50, double P99, double Max, int Failed);

    private static async Task<Measured> LoadAsync(HttpClient http, string code, int clients, int seconds, ConcurrentBag<string> acked, string prefix,
        CancellationToken ct = default)
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
                var marker = $"{prefix}{i}";
                var answers = new Dictionary<string, string>();
                for (var e = 0; e < 5; e++)
                {
                    answers[(4 * e + 1).ToString(Inv)] = "1";
                    answers[(4 * e + 2).ToString(Inv)] = (1 + i % 5).ToString(Inv);
                    answers[(4 * e + 3).ToString(Inv)] = (1 + (i / 5) % 5).ToString(Inv);
                }
                answers["21"] = marker;
                var t = Stopwatch.StartNew();
                try
                {
                    var r = await http.PostAsJsonAsync($"/api/v1/public/surveys/{code}/responses",
                        new { answers, channel = "Qr", deviceToken = $"bench-device-{marker}-{Guid.NewGuid():N}" }, ct);
                    if (r.StatusCode == HttpStatusCode.NoContent)
                    {
                        acked.Add(marker);
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

    private static long Count(string connection, Guid campaign)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var cmd = new SqliteCommand("SELECT COUNT(*) FROM SurveyResponses WHERE CampaignId = $c", db);
        cmd.Parameters.AddWithValue("$c", campaign.ToString().ToUpperInvariant());
        return (long)cmd.ExecuteScalar()!;
    }

    private static long Counter(string connection, Guid campaign)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var cmd = new SqliteCommand("SELECT Responses FROM SurveyCampaigns WHERE Id = $c", db);
        cmd.Parameters.AddWithValue("$c", campaign.ToString().ToUpperInvariant());
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>The free-text markers of the stored responses ("21=k123" on the last line of each).</summary>
    private static HashSet<string> Markers(string connection, Guid campaign)
    {
        using var db = new SqliteConnection(connection);
        db.Open();
        using var cmd = new SqliteCommand("SELECT Answers FROM SurveyResponses WHERE CampaignId = $c", db);
        cmd.Parameters.AddWithValue("$c", campaign.ToString().ToUpperInvariant());
        using var reader = cmd.ExecuteReader();
        var markers = new HashSet<string>();
        while (reader.Read())
        {
            var line = reader.GetString(0).Split('\n').FirstOrDefault(l => l.StartsWith("21=", StringComparison.Ordinal));
            if (line is not null)
            {
                markers.Add(line[3..]);
            }
        }
        return markers;
    }

    private static HttpClient Client(string url, int connections) => StartupBench.BehindProxy(
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) });

    private static async Task<(string Url, Process App)> StartAsync(string dll, Dictionary<string, string> env)
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
        return (url, app);
    }
}
