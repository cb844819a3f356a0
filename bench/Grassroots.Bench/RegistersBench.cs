using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Grassroots.Bench;

/// <summary>
/// Issue 15's targets: a province of 10 districts and 150 communes with five years (2020–2024) of the four registers,
/// entered through the API — mediation teams and cases with their outcomes, propaganda sessions, training classes, models
/// with recognitions, workplaces with their conferences — then each register's list over the province, filtered and paged
/// (p99 under 100 ms), and an attendance list of 5,000 names imported from a spreadsheet (under 2 s).
/// </summary>
public static class RegistersBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Arg("--provider", "sqlite");
        var requests = int.Parse(Arg("--requests", "300"), Inv);
        var casesPerYear = int.Parse(Arg("--cases", "20"), Inv);
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-registers-bench");
        var pgAdmin = Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG") ?? "Host=127.0.0.1;Username=grassroots;Password=grassroots;Database=postgres";
        string connection;
        if (provider == "postgres")
        {
            await using var admin = new NpgsqlConnection(pgAdmin);
            await admin.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS gr_registers_bench WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE gr_registers_bench", admin).ExecuteNonQueryAsync();
            connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = "gr_registers_bench", MaxPoolSize = 50 }.ToString();
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
        Console.WriteLine($"provider {provider}: province of 10 districts and 150 communes, years 2020–2024, {casesPerYear} mediation cases a commune a year");
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
            var watch = Stopwatch.StartNew();
            async Task<JsonElement> Post(string path, object body)
            {
                var r = await http.PostAsJsonAsync(path, body);
                if (!r.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
                }
                return await r.Content.ReadFromJsonAsync<JsonElement>();
            }
            await Post("/api/v1/units", new { code = "98", name = "Tỉnh Thử Nghiệm Sổ", kind = "Province", parentCode = "VN", validFrom = "2019-01-01" });
            var districts = new List<string>();
            var communes = new List<string>();
            for (var d = 1; d <= 10; d++)
            {
                var district = $"98D{d:00}";
                await Post("/api/v1/units", new { code = district, name = $"Huyện Thử Nghiệm {d}", kind = "District", parentCode = "98", validFrom = "2019-01-01" });
                districts.Add(district);
                for (var c = 1; c <= 15; c++)
                {
                    var code = $"98C{(d - 1) * 15 + c:000}";
                    await Post("/api/v1/units", new { code, name = $"Xã Thử Nghiệm {(d - 1) * 15 + c}", kind = "Commune", parentCode = district, validFrom = "2019-01-01" });
                    communes.Add(code);
                }
            }
            var members = new[] { new { fullName = "Nguyễn Văn Tổ", isWoman = false, isLeader = true }, new { fullName = "Trần Thị Hòa", isWoman = true, isLeader = false },
                new { fullName = "Lê Văn Giải", isWoman = false, isLeader = false } };
            var teams = new Dictionary<string, string>();
            foreach (var c in communes)
            {
                teams[c] = (await Post("/api/v1/mediation/teams", new { unitCode = c, name = $"Tổ hòa giải {c}", recognisedOn = "2019-06-01", members })).GetProperty("id").GetString()!;
            }
            var random = new Random(15);
            string Day(int year) => new DateOnly(year, 1, 1).AddDays(random.Next(0, 360)).ToString("yyyy-MM-dd", Inv);
            var jobs = new List<Func<Task>>();
            string[] kinds = ["Land", "Neighbours", "Family", "Property", "Debt", "Environment"];
            foreach (var c in communes)
            {
                for (var year = 2020; year <= 2024; year++)
                {
                    for (var i = 0; i < casesPerYear; i++)
                    {
                        var received = Day(year);
                        var kind = kinds[random.Next(kinds.Length)];
                        var settle = random.Next(10);
                        var team = teams[c];
                        jobs.Add(async () =>
                        {
                            var id = (await Post("/api/v1/mediation/cases", new { teamId = team, receivedOn = received, partyA = "Ông Nguyễn Văn A", partyB = "Bà Trần Thị B", kind, source = "PartiesRequest", summary = "Tranh chấp ranh giới đất giữa hai hộ" }))
                                .GetProperty("id").GetString();
                            if (settle < 9)
                            {
                                await Post($"/api/v1/mediation/cases/{id}/outcome", new { status = settle < 8 ? "Successful" : "Failed", on = received, agreement = "Hai bên thống nhất", partyASigned = true, partyBSigned = true, nextStep = "Tòa án", mediators = "Nguyễn Văn Tổ" });
                            }
                        });
                    }
                    for (var i = 0; i < casesPerYear / 2; i++)
                    {
                        var heldOn = Day(year);
                        var people = random.Next(20, 150);
                        jobs.Add(() => Post("/api/v1/outreach/sessions", new { unitCode = c, kind = "Propaganda", heldOn, topic = "Phổ biến Luật Đất đai", law = "Luật Đất đai 2024", form = "Conference", place = "Nhà văn hóa", people, attendances = people + 5 }));
                    }
                }
                var year0 = 2020 + random.Next(5);
                jobs.Add(async () =>
                {
                    var model = (await Post("/api/v1/models", new { unitCode = c, name = $"Mô hình của {c}", field = "Economy", description = "Mô tả", startedBy = "Hội Nông dân", yearRegistered = year0 }))
                        .GetProperty("model").GetProperty("id").GetString();
                    await Post($"/api/v1/models/{model}/recognitions", new { level = "Commune", year = year0, decisionNumber = "1/QĐ", decidedOn = $"{year0}-12-15" });
                });
                jobs.Add(async () =>
                {
                    var w = (await Post("/api/v1/workplaces", new { unitCode = c, name = $"Công ty của {c}", kind = "PrivateEnterprise", staff = 40, since = "2019-01-01" }))
                        .GetProperty("workplace").GetProperty("id").GetString();
                    for (var year = 2020; year <= 2024; year++)
                    {
                        await Post($"/api/v1/workplaces/{w}/conferences", new { year, heldOn = $"{year}-03-15", form = "Plenary", attendees = 30, chairedBy = "Giám đốc", minutes = "Biên bản" });
                    }
                });
            }
            foreach (var d in districts)
            {
                for (var year = 2020; year <= 2024; year++)
                {
                    var y = year;
                    jobs.Add(() => Post("/api/v1/outreach/classes", new { unitCode = d, topic = "Bồi dưỡng QCDC", startsOn = $"{y}-09-12", endsOn = $"{y}-09-14", trainers = "Trường Chính trị", organised = true, districtOfficials = 40, communeOfficials = 110, others = 11 }));
                }
                for (var a = 0; a < 12; a++)
                {
                    var name = $"Phòng {a} của {d}";
                    jobs.Add(async () =>
                    {
                        var w = (await Post("/api/v1/workplaces", new { unitCode = d, name, kind = "Agency", staff = 12, since = "2019-01-01" })).GetProperty("workplace").GetProperty("id").GetString();
                        for (var year = 2019; year <= 2023; year++)
                        {
                            await Post($"/api/v1/workplaces/{w}/conferences", new { year, heldOn = $"{year + 1}-02-10", form = "Plenary", attendees = 11, chairedBy = "Trưởng phòng", minutes = "Biên bản" });
                        }
                    });
                }
            }
            await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (job, _) => await job());
            Console.WriteLine($"entered the registers through the API ({jobs.Count:N0} jobs) in {watch.Elapsed.TotalSeconds:F0} s");

            // Each register's list over the province and its parts, filtered and paged.
            string[] scopes = ["98", .. districts, .. communes.Take(20)];
            string Query(bool period)
            {
                var unit = scopes[random.Next(scopes.Length)];
                var year = 2020 + random.Next(5);
                var page = 1 + random.Next(unit == "98" ? 10 : 3);
                return period ? $"unit={unit}&from={year}-01-01&to={year}-12-31&page={page}" : $"unit={unit}&page={page}";
            }
            var lists = new (string Name, Func<string> Path)[]
            {
                ("mediation cases", () => $"/api/v1/mediation/cases?{Query(true)}" + (random.Next(2) == 0 ? "&status=Successful" : "")),
                ("mediation teams", () => $"/api/v1/mediation/teams?unit={scopes[random.Next(scopes.Length)]}"),
                ("outreach sessions", () => $"/api/v1/outreach/sessions?{Query(true)}&kind=Propaganda"),
                ("training classes", () => $"/api/v1/outreach/classes?{Query(true)}"),
                ("models", () => $"/api/v1/models?{Query(false)}&field=Economy"),
                ("workplaces", () => $"/api/v1/workplaces?{Query(false)}" + (random.Next(2) == 0 ? "&kind=Agency" : "")),
                ("workplace rates", () => $"/api/v1/workplaces/rates?unit={scopes[random.Next(11)]}&from=2024-01-01&to=2024-12-31"),
                ("communes without outreach", () => $"/api/v1/outreach/communes?unit={scopes[random.Next(11)]}&from=2024-01-01&to=2024-06-30"),
            };
            Console.WriteLine($"{"list",-28} {"p50 ms",8} {"p99 ms",8} {"max ms",8}  ({requests} requests each, one client, after 20 warm-up)");
            foreach (var (name, path) in lists)
            {
                for (var i = 0; i < 20; i++)
                {
                    (await http.GetAsync(path())).EnsureSuccessStatusCode();
                }
                var times = new List<double>();
                for (var i = 0; i < requests; i++)
                {
                    var p = path();
                    var w = Stopwatch.StartNew();
                    var r = await http.GetAsync(p);
                    await r.Content.ReadAsByteArrayAsync();
                    times.Add(w.Elapsed.TotalMilliseconds);
                    if (!r.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"{p}: {(int)r.StatusCode}");
                    }
                }
                times.Sort();
                Console.WriteLine($"{name,-28} {times[times.Count / 2],8:F1} {times[(int)Math.Ceiling(times.Count * 0.99) - 1],8:F1} {times[^1],8:F1}");
            }

            // An attendance list of 5,000 names, five times (each replaces the last).
            var session = (await Post("/api/v1/outreach/sessions", new { unitCode = communes[0], kind = "Propaganda", heldOn = "2024-05-05", topic = "Hội nghị lớn", law = "Luật", form = "Conference", place = "Sân vận động", people = 0, attendances = 0 }))
                .GetProperty("session").GetProperty("id").GetString();
            var xlsx = AttendanceList(5000);
            var imports = new List<double>();
            for (var i = 0; i < 6; i++)
            {
                using var content = new MultipartFormDataContent();
                var file = new ByteArrayContent(xlsx);
                file.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                content.Add(file, "file", "danh-sach.xlsx");
                var w = Stopwatch.StartNew();
                var r = await http.PostAsync($"/api/v1/outreach/sessions/{session}/attendees", content);
                var body = await r.Content.ReadFromJsonAsync<JsonElement>();
                if (!r.IsSuccessStatusCode || body.GetProperty("session").GetProperty("people").GetInt32() != 5000)
                {
                    throw new InvalidOperationException($"import: {(int)r.StatusCode} {body}");
                }
                if (i > 0)
                {
                    imports.Add(w.Elapsed.TotalMilliseconds);
                }
            }
            imports.Sort();
            Console.WriteLine($"import of 5,000 names ({xlsx.Length / 1024:N0} KB .xlsx): median {imports[imports.Count / 2]:F0} ms, max {imports[^1]:F0} ms (5 runs after one warm-up)");
            return 0;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    /// <summary>An attendance list as an officer fills it: STT | Họ và tên | Địa chỉ, then one person a row.</summary>
    private static byte[] AttendanceList(int rows)
    {
        var sheet = new List<Dictionary<string, object>>();
        for (var i = 1; i <= rows; i++)
        {
            sheet.Add(new Dictionary<string, object> { ["STT"] = i, ["Họ và tên"] = $"Người tham dự số {i}", ["Địa chỉ"] = $"Thôn {1 + i % 9}, xã Thử Nghiệm" });
        }
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, sheet);
        return stream.ToArray();
    }
}
