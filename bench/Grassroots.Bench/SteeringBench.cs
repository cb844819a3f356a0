using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Grassroots.Bench;

/// <summary>
/// Issue 13's targets: a province of 10 districts and 150 communes with five years (2022–2026) of steering work — each district's
/// committee gives every commune about 40 tasks a year (30,000 tasks, most done, some late, some still open and overdue), and
/// the communes' bodies issue documents (--documents, 200 a commune a year by default: 150,000) — all through the API. Then
/// the province steering committee's landing page ("Việc của tôi": the overdue and due-soon tasks over its whole subtree),
/// p99 of sequential requests (target under 100 ms), and 100 drafts of one body issued at the same moment: 100 distinct
/// consecutive numbers.
/// </summary>
public static partial class SteeringBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Arg("--provider", "sqlite");
        var documentsPerYear = int.Parse(Arg("--documents", "200"), Inv);
        var times = int.Parse(Arg("--requests", "500"), Inv);
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-steering-bench");
        var pgAdmin = Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG") ?? "Host=127.0.0.1;Username=grassroots;Password=grassroots;Database=postgres";
        string connection;
        if (provider == "postgres")
        {
            await using var admin = new NpgsqlConnection(pgAdmin);
            await admin.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS gr_steering_bench WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE gr_steering_bench", admin).ExecuteNonQueryAsync();
            connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = "gr_steering_bench", MaxPoolSize = 50 }.ToString();
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
            ["DataProtection__KeysFolder"] = Path.Combine(folder.FullName, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var url = $"http://127.0.0.1:{StartupBench.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in env)
        {
            start.Environment[k] = v;
        }
        using var app = Process.Start(start)!;
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = StartupBench.BehindProxy(new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) });
            await StartupBench.WaitReadyAsync(http, Stopwatch.StartNew());
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchAuth.TokenAsync(http, "admin", "Admin@12345"));
            Console.WriteLine($"provider {provider}: province of 10 districts and 150 communes, steering work 2022–2026, {documentsPerYear} documents a commune a year");

            var watch = Stopwatch.StartNew();
            async Task PostAsync(string path, object body)
            {
                using var r = await http.PostAsJsonAsync(path, body);
                if (!r.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
                }
            }
            async Task<JsonElement> PostReadAsync(string path, object body)
            {
                using var r = await http.PostAsJsonAsync(path, body);
                if (!r.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
                }
                return await r.Content.ReadFromJsonAsync<JsonElement>();
            }
            await PostAsync("/api/v1/units", new { code = "97", name = "Tỉnh Thử Nghiệm Chỉ Đạo", kind = "Province", parentCode = "VN", validFrom = "2019-01-01" });
            var districts = new List<(string Code, List<string> Communes)>();
            for (var d = 1; d <= 10; d++)
            {
                var district = $"97D{d:00}";
                await PostAsync("/api/v1/units", new { code = district, name = $"Huyện Thử Nghiệm {d}", kind = "District", parentCode = "97", validFrom = "2019-01-01" });
                var communes = new List<string>();
                for (var c = 1; c <= 15; c++)
                {
                    var code = $"97C{(d - 1) * 15 + c:000}";
                    await PostAsync("/api/v1/units", new { code, name = $"Xã Thử Nghiệm {(d - 1) * 15 + c}", kind = "Commune", parentCode = district, validFrom = "2019-01-01" });
                    communes.Add(code);
                }
                districts.Add((district, communes));
            }

            // Plans: each district's two six-month plans a year; 20 tasks a commune a half-year (40 a year).
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
            var random = new Random(13);
            var tasks = new List<(string Plan, string Commune, DateOnly Assigned, DateOnly Due)>();
            foreach (var (district, communes) in districts)
            {
                for (var year = 2022; year <= 2026; year++)
                {
                    foreach (var half in new[] { 1, 2 })
                    {
                        var from = new DateOnly(year, half == 1 ? 1 : 7, 1);
                        var to = from.AddMonths(6).AddDays(-1);
                        var plan = await PostReadAsync("/api/v1/steering/plans", new { unitCode = district, title = $"Kế hoạch {half}/{year}", kind = "SixMonthly", from, to });
                        var id = plan.GetProperty("id").GetString()!;
                        foreach (var commune in communes)
                        {
                            for (var t = 0; t < 20; t++)
                            {
                                tasks.Add((id, commune, from, from.AddDays(random.Next(20, 180))));
                            }
                        }
                    }
                }
            }
            var created = new System.Collections.Concurrent.ConcurrentBag<(string Id, DateOnly Due)>();
            await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (t, ct) =>
            {
                var task = await PostReadAsync($"/api/v1/steering/plans/{t.Plan}/tasks",
                    new { assigneeUnitCode = t.Commune, title = "Tổ chức đối thoại giữa Chủ tịch UBND xã với Nhân dân", assignedOn = t.Assigned, dueOn = t.Due });
                created.Add((task.GetProperty("id").GetString()!, DateOnly.Parse(task.GetProperty("dueOn").GetString()!, Inv)));
            });
            // Most past tasks are done (some late); about one in ten stays open past its day.
            var done = created.Where(t => t.Due < today).Where((t, i) => i % 10 != 0).ToList();
            await Parallel.ForEachAsync(done.Select((t, i) => (t, i)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (x, ct) =>
            {
                var on = x.i % 6 == 0 ? x.t.Due.AddDays(5) : x.t.Due.AddDays(-3);
                await PostAsync($"/api/v1/steering/tasks/{x.t.Id}/progress", new { reportedOn = on > today ? today : on, note = "Đã hoàn thành", completes = true });
            });
            Console.WriteLine($"{created.Count:N0} tasks ({done.Count:N0} done, {created.Count(t => t.Due < today) - done.Count:N0} overdue, the rest open) in {watch.Elapsed.TotalSeconds:F0} s");

            // Documents: the communes' People's Committees, numbered by the platform, year by year.
            watch.Restart();
            var documents = districts.SelectMany(d => d.Communes).SelectMany(c => Enumerable.Range(2022, 5).SelectMany(y => Enumerable.Range(0, documentsPerYear)
                .Select(i => (Commune: c, On: new DateOnly(y, 1 + i * 12 / documentsPerYear, 1 + i % 28))))).Where(d => d.On <= today).ToList();
            // One body's series follows its dates: each commune's documents are issued in order by one writer, communes side by side.
            await Parallel.ForEachAsync(documents.GroupBy(d => d.Commune), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (g, ct) =>
            {
                foreach (var d in g)
                {
                    await PostAsync("/api/v1/steering/documents", new { unitCode = d.Commune, issuingBody = "PeoplesCommittee", kind = "Plan", summary = "Kế hoạch triển khai", issueNow = true, issuedOn = d.On });
                }
            });
            Console.WriteLine($"{documents.Count:N0} documents issued and numbered in {watch.Elapsed.TotalSeconds:F0} s ({documents.Count / watch.Elapsed.TotalSeconds:F0}/s)");

            // The province's steering committee member signs in on the pages.
            await PostAsync("/api/v1/accounts", new { userName = "bcd.thunghiem", fullName = "Thành viên Ban Chỉ đạo tỉnh", password = "Demo@12345", homeUnitCode = "97", role = "SteeringCommittee" });
            // Behind the (simulated) TLS proxy the cookies are Secure: carried by hand, as a browser behind TLS would.
            using var pages = StartupBench.BehindProxy(new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(url) });
            var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
            void Keep(HttpResponseMessage r)
            {
                foreach (var c in r.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
                {
                    var pair = c.Split(';')[0].Split('=', 2);
                    cookies[pair[0]] = pair[1];
                }
                pages.DefaultRequestHeaders.Remove("Cookie");
                pages.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(x => $"{x.Key}={x.Value}")));
            }
            using (var form = await pages.GetAsync("/account/login"))
            {
                Keep(form);
                var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
                using var signIn = await pages.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["UserName"] = "bcd.thunghiem", ["Password"] = "Demo@12345", ["__RequestVerificationToken"] = token,
                }));
                Keep(signIn);
            }
            var home = await pages.GetStringAsync("/");
            if (!home.Contains("work-steering-overdue", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the landing page shows no steering tasks: " + home[..Math.Min(2000, home.Length)]);
            }
            var (p50, p95, p99) = await PagesAsync(pages, "/", times);
            Console.WriteLine($"landing page of the province's steering committee (overdue and due-soon tasks over 150 communes): p50 {p50:F1} ms, p95 {p95:F1} ms, p99 {p99:F1} ms (target p99 < 100)");
            var (a50, a95, a99) = await PagesAsync(http, "/api/v1/steering/tasks?unit=97&overdue=true", times);
            Console.WriteLine($"GET /api/v1/steering/tasks?unit=97&overdue=true: p50 {a50:F1} ms, p95 {a95:F1} ms, p99 {a99:F1} ms");

            // 100 drafts of one body issued at the same moment.
            var drafts = new List<string>();
            for (var i = 0; i < 100; i++)
            {
                drafts.Add((await PostReadAsync("/api/v1/steering/documents", new { unitCode = "97", issuingBody = "PeoplesCommittee", kind = "Decision", summary = $"Quyết định {i}" }))
                    .GetProperty("id").GetString()!);
            }
            watch.Restart();
            var numbers = await Task.WhenAll(drafts.Select(async id =>
                (await PostReadAsync($"/api/v1/steering/documents/{id}/issue", new { issuedOn = today })).GetProperty("number").GetInt32()));
            var consecutive = numbers.Order().SequenceEqual(Enumerable.Range(1, 100));
            Console.WriteLine($"100 documents issued at once in one body in {watch.Elapsed.TotalMilliseconds:F0} ms: {numbers.Distinct().Count()} distinct numbers, {(consecutive ? "1 to 100, consecutive" : "NOT consecutive")}");
            return consecutive ? 0 : 1;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(double P50, double P95, double P99)> PagesAsync(HttpClient http, string path, int times)
    {
        var samples = new List<double>();
        for (var i = 0; i < times + 20; i++)
        {
            var w = Stopwatch.StartNew();
            using var r = await http.GetAsync(path);
            await r.Content.ReadAsByteArrayAsync();
            w.Stop();
            if (!r.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{path}: {(int)r.StatusCode}");
            }
            if (i >= 20)
            {
                samples.Add(w.Elapsed.TotalMilliseconds);
            }
        }
        samples.Sort();
        return (samples[samples.Count / 2], samples[(int)(samples.Count * 0.95)], samples[Math.Min(samples.Count - 1, (int)(samples.Count * 0.99))]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
