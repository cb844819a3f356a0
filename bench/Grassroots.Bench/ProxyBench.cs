using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;

namespace Grassroots.Bench;

/// <summary>
/// Issue 19's portal target: a unit's portal page at 64 connections through nginx (the repository's own
/// deploy/nginx/grassroots.conf, TLS with a self-signed certificate, HTTP/1.1 keep-alive) while letters arrive through the
/// same proxy at a steady rate. The app runs in Production on SQLite or PostgreSQL; with <c>--replicas</c> it is given the
/// standbys of tools/ha/start.sh's formation. Reports pages/s, p50/p99, the proxy's cache hits, letters/s achieved.
/// </summary>
public static class ProxyBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Arg("--provider", "sqlite");
        var seconds = int.Parse(Arg("--seconds", "10"), Inv);
        var readers = int.Parse(Arg("--readers", "64"), Inv);
        var letterRate = int.Parse(Arg("--letters", "1000"), Inv);
        var cacheSeconds = Arg("--cache-seconds", "5");
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-proxy-bench");
        string connection;
        if (provider == "postgres")
        {
            var pgAdmin = Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG") ?? "Host=127.0.0.1;Username=grassroots;Password=grassroots;Database=postgres";
            await using var admin = new NpgsqlConnection(pgAdmin);
            await admin.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS gr_proxy_bench WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE gr_proxy_bench", admin).ExecuteNonQueryAsync();
            connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = "gr_proxy_bench", MaxPoolSize = 50 }.ToString();
        }
        else
        {
            connection = $"Data Source={Path.Combine(folder.FullName, "bench.db")}";
        }
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = provider == "postgres" ? "Postgres" : "Sqlite",
            ["ConnectionStrings__Default"] = connection,
            ["Demo__Enabled"] = "false",
            ["Bootstrap__AdminUser"] = "admin",
            ["Bootstrap__AdminPassword"] = "Admin@12345",
            ["Bootstrap__AdminTwoFactorKey"] = BenchAuth.DemoTwoFactorKey,
            ["RateLimits__TokenPerMinute"] = "100000",
            ["RateLimits__PublicPerMinute"] = "100000000",
            ["RateLimits__PortalReadsPerMinute"] = "100000000",
            ["SharedCache__Seconds"] = cacheSeconds,
            ["DataProtection__KeysFolder"] = Path.Combine(folder.FullName, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var (url, app) = await ReportsBench.StartAsync(dll, env);
        Process? nginx = null;
        try
        {
            using (var http = StartupBench.BehindProxy(new HttpClient { BaseAddress = new Uri(url) }))
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchAuth.TokenAsync(http, "admin", "Admin@12345"));
                (await http.PostAsJsonAsync("/api/v1/units", new { code = "97", name = "Tỉnh Thử Nghiệm Cổng", kind = "Province", parentCode = "VN", validFrom = "2020-01-01" })).EnsureSuccessStatusCode();
                (await http.PostAsJsonAsync("/api/v1/units", new { code = "97C01", name = "Xã Thử Nghiệm Cổng", kind = "Commune", parentCode = "97", validFrom = "2020-01-01" })).EnsureSuccessStatusCode();
            }
            var (https, started) = await StartNginxAsync(folder.FullName, new Uri(url).Port);
            nginx = started;
            // Readers and writers on connections of their own: the 64 readers' connections are theirs alone.
            HttpClient Client(int connections) => new(new SocketsHttpHandler
            {
                MaxConnectionsPerServer = connections,
                SslOptions = new System.Net.Security.SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            }) { BaseAddress = new Uri($"https://127.0.0.1:{https}"), Timeout = TimeSpan.FromSeconds(30) };
            using var client = Client(readers);
            using var writer = Client(128);
            var page = await client.GetStringAsync("/p/97C01");
            if (!page.Contains("Xã Thử Nghiệm Cổng", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the portal page through nginx is not the commune's");
            }
            Console.WriteLine($"{provider}, nginx (TLS, HTTP/1.1 keep-alive) in front; {readers} readers of /p/97C01 for {seconds} s, letters at {letterRate}/s; shared cache {cacheSeconds} s");

            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var acknowledged = 0;
            var letters = Task.Run(async () =>
            {
                // Paced: every 10 ms, the letters due by then, sent concurrently.
                var watch = Stopwatch.StartNew();
                var sent = 0;
                var inFlight = new List<Task>();
                while (!stop.IsCancellationRequested)
                {
                    var due = (int)(watch.Elapsed.TotalSeconds * letterRate);
                    for (; sent < due; sent++)
                    {
                        var n = sent;
                        inFlight.Add(Task.Run(async () =>
                        {
                            using var r = await writer.PostAsJsonAsync("/api/v1/public/petitions", new
                            {
                                unitCode = "97C01", kind = "Reflection", content = $"Đèn đường thôn số {n} hỏng, đề nghị sửa.",
                                petitionerName = "Võ Thị Hạnh", petitionerPhone = "0905111222",
                            });
                            if (r.StatusCode == HttpStatusCode.Created)
                            {
                                Interlocked.Increment(ref acknowledged);
                            }
                        }));
                    }
                    inFlight.RemoveAll(t => t.IsCompleted);
                    await Task.Delay(10);
                }
                var window = watch.Elapsed.TotalSeconds;
                await Task.WhenAll(inFlight);
                return (Sent: sent, Window: window, Drained: watch.Elapsed.TotalSeconds);
            });
            var latencies = new ConcurrentBag<double>();
            var hits = 0;
            var failed = 0;
            var total = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var one = Stopwatch.StartNew();
                    try
                    {
                        using var r = await client.GetAsync("/p/97C01", HttpCompletionOption.ResponseContentRead);
                        if (r.StatusCode != HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref failed);
                            continue;
                        }
                        if (r.Headers.TryGetValues("X-Cache-Status", out var status) && status.First() == "HIT")
                        {
                            Interlocked.Increment(ref hits);
                        }
                        latencies.Add(one.Elapsed.TotalMilliseconds);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            })));
            var elapsed = total.Elapsed.TotalSeconds;
            var (offered, window, drained) = await letters;
            var sorted = latencies.OrderBy(x => x).ToList();
            double At(double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
            Console.WriteLine($"portal pages: {sorted.Count / elapsed:N0} pages/s, p50 {At(0.50):F1} ms, p99 {At(0.99):F1} ms, {failed} failed; " +
                $"{100.0 * hits / Math.Max(1, sorted.Count):F1} % answered from nginx's cache (target ≥ 3,000 pages/s, p99 < 50 ms)");
            Console.WriteLine($"letters meanwhile: {offered:N0} sent in {window:F1} s ({offered / window:N0}/s), {acknowledged:N0} acknowledged, the last answered {drained - window:F1} s after the window");
        }
        finally
        {
            if (nginx is { HasExited: false })
            {
                nginx.Kill(entireProcessTree: true);
                await nginx.WaitForExitAsync();
            }
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            folder.Delete(recursive: true);
        }
        return 0;
    }

    /// <summary>The repository's nginx configuration with this run's ports and paths, and a self-signed certificate.</summary>
    private static async Task<(int Port, Process Nginx)> StartNginxAsync(string folder, int appPort)
    {
        var cert = Path.Combine(folder, "fullchain.pem");
        var key = Path.Combine(folder, "privkey.pem");
        using (var openssl = Process.Start("openssl", $"req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=bench -keyout {key} -out {cert}"))
        {
            await openssl.WaitForExitAsync();
        }
        var https = StartupBench.FreePort();
        var site = (await File.ReadAllTextAsync(Path.Combine(StartupBench.FindRoot(), "deploy", "nginx", "grassroots.conf")))
            .Replace("server 127.0.0.1:8080;", $"server 127.0.0.1:{appPort};", StringComparison.Ordinal)
            .Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{https} ssl;", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{StartupBench.FreePort()};", StringComparison.Ordinal)
            .Replace("/etc/grassroots/tls/fullchain.pem", cert, StringComparison.Ordinal)
            .Replace("/etc/grassroots/tls/privkey.pem", key, StringComparison.Ordinal)
            .Replace("/var/cache/nginx/grassroots-pages", Path.Combine(folder, "pages"), StringComparison.Ordinal)
            .Replace("/var/cache/nginx/grassroots", Path.Combine(folder, "cache"), StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes auto;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            user root;
            events { worker_connections 1024; }
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/site.conf;
            }
            """);
        var nginx = Process.Start(new ProcessStartInfo("/usr/sbin/nginx", $"-p {folder} -c {folder}/nginx.conf") { RedirectStandardError = true })!;
        using var probe = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = new System.Net.Security.SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        });
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await probe.GetAsync($"https://127.0.0.1:{https}/health/live");
                return (https, nginx);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException("nginx did not start: " + await File.ReadAllTextAsync(Path.Combine(folder, "error.log")));
    }
}
