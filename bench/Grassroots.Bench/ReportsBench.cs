using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grassroots.Bench;

/// <summary>
/// Issue 5's targets: a province of 10 districts and 150 communes with five years of entered indicators
/// (half-years 2020–2024, about 30 entered indicators a unit; the supervision figures are counted by the Supervision module), a six-month report consolidated for the province with
/// a table of all 150 communes (every indicator: computed ones ask the reception and petition modules for
/// each commune), then exported to Word; beside one hand-written SQL aggregate of the same entered numbers.
/// </summary>
public static class ReportsBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] Keys =
    [
        "onestop.received", "onestop.online", "onestop.resolved", "onestop.on_time", "onestop.late", "onestop.pending", "onestop.not_eligible",
        "onestop.digitised_received", "onestop.digitised_results", "onestop.payable", "onestop.paid_online",
        "classification.good", "security.teams", "profile.population", "onestop.offices_standardised",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Arg("--provider", "sqlite");
        var runs = int.Parse(Arg("--runs", "5"), Inv);
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-reports-bench");
        var pgAdmin = Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG") ?? "Host=127.0.0.1;Username=grassroots;Password=grassroots;Database=postgres";
        string connection;
        if (provider == "postgres")
        {
            await using var admin = new NpgsqlConnection(pgAdmin);
            await admin.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS gr_reports_bench WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE gr_reports_bench", admin).ExecuteNonQueryAsync();
            connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = "gr_reports_bench", MaxPoolSize = 50 }.ToString();
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
        Console.WriteLine($"provider {provider}: province of 10 districts and 150 communes, half-years 2020–2024, {Keys.Length} entered indicators a unit");
        var (url, app) = await StartAsync(dll, env);
        try
        {
            using var http = StartupBench.BehindProxy(new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) });
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchAuth.TokenAsync(http, "admin", "Admin@12345"));

            var watch = Stopwatch.StartNew();
            async Task Unit(string code, string name, string kind, string parent) =>
                (await http.PostAsJsonAsync("/api/v1/units", new { code, name, kind, parentCode = parent, validFrom = "2019-01-01" })).EnsureSuccessStatusCode();
            await Unit("98", "Tỉnh Thử Nghiệm Báo Cáo", "Province", "VN");
            var communes = new List<string>();
            var units = new List<string>();
            for (var d = 1; d <= 10; d++)
            {
                var district = $"98D{d:00}";
                await Unit(district, $"Huyện Thử Nghiệm {d}", "District", "98");
                units.Add(district);
                for (var c = 1; c <= 15; c++)
                {
                    var code = $"98C{(d - 1) * 15 + c:000}";
                    await Unit(code, $"Xã Thử Nghiệm {(d - 1) * 15 + c}", "Commune", district);
                    communes.Add(code);
                    units.Add(code);
                }
            }
            // Five years of half-year values, entered through the API (10 writers).
            var random = new Random(5);
            var jobs = new List<(string Unit, string From, string To, Dictionary<string, decimal> Values)>();
            for (var year = 2020; year <= 2024; year++)
            {
                foreach (var (from, to) in new[] { ($"{year}-01-01", $"{year}-06-30"), ($"{year}-07-01", $"{year}-12-31") })
                {
                    foreach (var u in units)
                    {
                        var values = Keys.ToDictionary(k => k, _ => (decimal)random.Next(10, 400));
                        values["onestop.resolved"] = values["onestop.received"];
                        values["onestop.on_time"] = values["onestop.received"] - 3;
                        values["onestop.late"] = 3;
                        values["onestop.online"] = Math.Floor(values["onestop.received"] / 2);
                        values["onestop.digitised_received"] = Math.Floor(values["onestop.received"] / 2);
                        values["onestop.digitised_results"] = Math.Floor(values["onestop.resolved"] / 3);
                        values["onestop.paid_online"] = Math.Min(values["onestop.paid_online"], values["onestop.payable"]);
                        jobs.Add((u, from, to, values));
                    }
                }
            }
            await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = 10 }, async (job, ct) =>
            {
                var r = await http.PostAsJsonAsync("/api/v1/indicators/values", new { unitCode = job.Unit, from = job.From, to = job.To, values = job.Values }, ct);
                if (!r.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{job.Unit} {job.From}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync(ct)}");
                }
            });
            Console.WriteLine($"built the province and entered {jobs.Count * Keys.Length:N0} values in {watch.Elapsed.TotalSeconds:F0} s");

            var period = await (await http.PostAsJsonAsync("/api/v1/reports/periods", new
            {
                templateKey = "dan-van-chinh-quyen",
                unitCode = "98",
                title = "Báo cáo 6 tháng đầu năm 2024",
                from = "2024-01-01",
                to = "2024-06-30",
                dueOn = "2024-07-15",
                recipient = "Bộ Nội vụ",
                unitCodes = communes,
            })).Content.ReadFromJsonAsync<JsonElement>();
            var id = period.GetProperty("id").GetString();
            var reportUrl = $"/api/v1/reports/periods/{id}/units/98";

            var consolidate = await TimeAsync(runs, async () =>
            {
                var r = await http.GetAsync(reportUrl);
                r.EnsureSuccessStatusCode();
                var body = await r.Content.ReadFromJsonAsync<JsonElement>();
                return body.GetProperty("report").GetProperty("appendix")[0].GetProperty("rows").GetArrayLength();
            });
            var export = await TimeAsync(runs, async () => (await http.GetByteArrayAsync($"{reportUrl}/document.docx")).Length);
            var floor = await TimeAsync(runs, () => SqlAggregateAsync(provider, connection));
            Console.WriteLine($"consolidated province report (all indicators, 150 communes in its table; {consolidate.Result} rows): median {consolidate.Median:F0} ms, max {consolidate.Max:F0} ms (target < 2000)");
            Console.WriteLine($"Word export of it ({export.Result / 1024} KB): median {export.Median:F0} ms, max {export.Max:F0} ms (target < 1000; includes composing it again)");
            Console.WriteLine($"floor, one hand-written SQL aggregate of the entered numbers (province totals and by commune, {floor.Result} groups): median {floor.Median:F1} ms");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            folder.Delete(recursive: true);
        }
        return 0;
    }

    private const string Aggregate = """
        SELECT u."Code", v."Key", SUM(v."Value")
        FROM "IndicatorValues" v JOIN "Units" u ON u."Id" = v."UnitId"
        WHERE u."Path" LIKE '/VN/98/%' AND v."From" >= @from AND v."To" <= @to
        GROUP BY ROLLUP (u."Code"), v."Key"
        """;

    private static async Task<int> SqlAggregateAsync(string provider, string connection)
    {
        var groups = 0;
        if (provider == "postgres")
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var cmd = new NpgsqlCommand(Aggregate, db);
            cmd.Parameters.AddWithValue("from", new DateOnly(2024, 1, 1));
            cmd.Parameters.AddWithValue("to", new DateOnly(2024, 6, 30));
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                groups++;
            }
        }
        else
        {
            await using var db = new SqliteConnection(connection);
            await db.OpenAsync();
            // SQLite has no ROLLUP: the by-commune groups and the province totals, in one statement.
            var sql = """
                SELECT u."Code", v."Key", SUM(v."Value") FROM "IndicatorValues" v JOIN "Units" u ON u."Id" = v."UnitId"
                WHERE u."Path" LIKE '/VN/98/%' AND v."From" >= @from AND v."To" <= @to GROUP BY u."Code", v."Key"
                UNION ALL
                SELECT NULL, v."Key", SUM(v."Value") FROM "IndicatorValues" v JOIN "Units" u ON u."Id" = v."UnitId"
                WHERE u."Path" LIKE '/VN/98/%' AND v."From" >= @from AND v."To" <= @to GROUP BY v."Key"
                """;
            await using var cmd = new SqliteCommand(sql, db);
            cmd.Parameters.AddWithValue("@from", "2024-01-01");
            cmd.Parameters.AddWithValue("@to", "2024-06-30");
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                groups++;
            }
        }
        return groups;
    }

    internal sealed record Timed(double Median, double Max, int Result);

    /// <summary>One warm-up, then <paramref name="runs"/> timed runs.</summary>
    internal static async Task<Timed> TimeAsync(int runs, Func<Task<int>> call)
    {
        var result = await call();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await call();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new Timed(times[times.Count / 2], times[^1], result);
    }

    internal static async Task<(string Url, Process App)> StartAsync(string dll, Dictionary<string, string> env)
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
