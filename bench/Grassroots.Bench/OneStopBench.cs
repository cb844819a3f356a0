using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace Grassroots.Bench;

/// <summary>
/// Issue 16's import targets: a province of 10 districts and 150 communes; its one-stop statistics for one year (150
/// communes × 12 months = 1,800 rows, 40 columns: the layout's 17, printed rates and columns the platform ignores) as
/// .xlsx and as .csv, imported through the API (under 2 s; each run replaces the previous one); then a dossier list of
/// a million rows (CSV, one row a dossier over the 150 communes and 2024) computed into months (under 60 s).
/// </summary>
public static class OneStopBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Arg("--provider", "sqlite");
        var dossierRows = int.Parse(Arg("--dossiers", "1000000"), Inv);
        var runs = int.Parse(Arg("--runs", "3"), Inv);
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-onestop-bench");
        var pgAdmin = Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG") ?? "Host=127.0.0.1;Username=grassroots;Password=grassroots;Database=postgres";
        string connection;
        if (provider == "postgres")
        {
            await using var admin = new NpgsqlConnection(pgAdmin);
            await admin.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS gr_onestop_bench WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE gr_onestop_bench", admin).ExecuteNonQueryAsync();
            connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = "gr_onestop_bench", MaxPoolSize = 50 }.ToString();
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
        Console.WriteLine($"provider {provider}: province of 10 districts and 150 communes; a year of statistics (12 months, 40 columns); {dossierRows:N0} dossier rows");
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
            async Task Post(string path, object body)
            {
                var r = await http.PostAsJsonAsync(path, body);
                if (!r.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
                }
            }
            await Post("/api/v1/units", new { code = "97", name = "Tỉnh Thử Nghiệm Một Cửa", kind = "Province", parentCode = "VN", validFrom = "2019-01-01" });
            var communes = new List<string>();
            for (var d = 1; d <= 10; d++)
            {
                var district = $"97D{d:00}";
                await Post("/api/v1/units", new { code = district, name = $"Huyện Thử Nghiệm {d}", kind = "District", parentCode = "97", validFrom = "2019-01-01" });
                for (var c = 1; c <= 15; c++)
                {
                    var code = $"97C{(d - 1) * 15 + c:000}";
                    await Post("/api/v1/units", new { code, name = $"Xã Thử Nghiệm {(d - 1) * 15 + c}", kind = "Commune", parentCode = district, validFrom = "2019-01-01" });
                    communes.Add(code);
                }
            }
            Console.WriteLine($"province laid in {watch.Elapsed.TotalSeconds:F1} s");

            async Task<(double Seconds, string Body)> Upload(string route, byte[] file, string name)
            {
                using var content = new MultipartFormDataContent { { new StringContent("97"), "unitCode" } };
                content.Add(new ByteArrayContent(file), "file", name);
                var w = Stopwatch.StartNew();
                var r = await http.PostAsync($"/api/v1/onestop/{route}", content);
                var body = await r.Content.ReadAsStringAsync();
                if (!r.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{route}: {(int)r.StatusCode} {body[..Math.Min(body.Length, 2000)]}");
                }
                return (w.Elapsed.TotalSeconds, body);
            }
            var (header, rows) = Statistics(communes);
            var xlsx = Xlsx(header, rows);
            var csv = Encoding.UTF8.GetBytes(string.Join("\n", new[] { string.Join(';', header) }.Concat(rows.Select(r => string.Join(';', r.Select(Cell))))));
            Console.WriteLine($"statistics: {rows.Count:N0} rows × {header.Length} columns; xlsx {xlsx.Length / 1024:N0} KB, csv {csv.Length / 1024:N0} KB");
            for (var i = 0; i < runs; i++)
            {
                var (s, body) = await Upload("statistics", xlsx, "thong-ke-2024.xlsx");
                Console.WriteLine($"  xlsx import {i + 1}: {s:F2} s  {body}");
            }
            for (var i = 0; i < runs; i++)
            {
                var (s, body) = await Upload("statistics", csv, "thong-ke-2024.csv");
                Console.WriteLine($"  csv import {i + 1}: {s:F2} s  {body}");
            }
            var dossiers = Dossiers(communes, dossierRows);
            Console.WriteLine($"dossier list: {dossierRows:N0} rows, csv {dossiers.Length / 1024 / 1024:N0} MB");
            var (seconds, result) = await Upload("dossiers", dossiers, "ho-so-2024.csv");
            Console.WriteLine($"  dossier import: {seconds:F1} s  {result}");
            app.Refresh();
            Console.WriteLine($"app peak working set {app.PeakWorkingSet64 / 1024 / 1024:N0} MB");
            return 0;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private static string Cell(object? v) => v switch
    {
        null => "",
        int i => i.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")),
        _ => v.ToString()!,
    };

    /// <summary>A year of monthly statistics: the layout's 17 columns, 3 printed rates and 20 columns the platform ignores (40).</summary>
    private static (string[] Header, List<object?[]> Rows) Statistics(List<string> communes)
    {
        var header = new[]
        {
            "Mã đơn vị", "Tên đơn vị", "Tháng", "Kỳ trước chuyển qua", "Tiếp nhận trực tuyến", "Tiếp nhận qua bưu chính", "Tiếp nhận trực tiếp",
            "Đã giải quyết trước hạn", "Đã giải quyết đúng hạn", "Đã giải quyết quá hạn", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn",
            "Trả lại, bổ sung, từ chối", "Số hóa hồ sơ", "Số hóa kết quả", "Phát sinh phí, lệ phí", "Thanh toán trực tuyến",
            "Tỷ lệ trực tuyến (%)", "Tỷ lệ đúng hạn (%)", "Tỷ lệ số hóa (%)",
        }.Concat(Enumerable.Range(1, 20).Select(i => $"Ghi chú {i}")).ToArray();
        var random = new Random(16);
        var rows = new List<object?[]>();
        foreach (var c in communes)
        {
            var carried = 0;
            for (var m = 1; m <= 12; m++)
            {
                int online = random.Next(100, 400), post = random.Next(0, 5), counter = random.Next(50, 200);
                var total = carried + online + post + counter;
                int returned = random.Next(0, 10), pin = random.Next(0, 20), pover = random.Next(0, 3);
                var settled = total - returned - pin - pover;
                int late = random.Next(0, 5), early = settled / 3, ontime = settled - late - early;
                var row = new List<object?> { c, $"Xã {c}", $"{m:00}/2024", carried, online, post, counter, early, ontime, late, pin, pover, returned,
                    online + counter, settled / 2, (online + counter) / 3, online / 4,
                    $"{100.0 * online / (online + post + counter):F2} %".Replace('.', ','), $"{100.0 * (early + ontime) / settled:F2} %".Replace('.', ','), "50,00 %" };
                row.AddRange(Enumerable.Range(1, 20).Select(i => (object?)$"ghi chú {i}"));
                rows.Add([.. row]);
                carried = pin + pover;
            }
        }
        return (header, rows);
    }

    private static byte[] Xlsx(string[] header, List<object?[]> rows)
    {
        static string Col(int i) => i < 26 ? ((char)('A' + i)).ToString() : $"{(char)('A' + i / 26 - 1)}{(char)('A' + i % 26)}";
        var table = new List<Dictionary<string, object?>> { new() { ["A"] = "THỐNG KÊ TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2024" } };
        table.Add(header.Select((h, i) => (Col(i), (object?)h)).ToDictionary(x => x.Item1, x => x.Item2));
        table.AddRange(rows.Select(r => r.Select((v, i) => (Col(i), v)).ToDictionary(x => x.Item1, x => x.v)));
        foreach (var t in table)
        {
            for (var i = 0; i < header.Length; i++)
            {
                t.TryAdd(Col(i), null);
            }
        }
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, table.Select(t => t.OrderBy(kv => kv.Key.Length).ThenBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => kv.Value)).ToList(), printHeader: false);
        return stream.ToArray();
    }

    /// <summary>A year's dossiers over the communes: received on a working day of 2024, due 3–15 days later, most settled.</summary>
    private static byte[] Dossiers(List<string> communes, int count)
    {
        var random = new Random(1_000_000);
        var text = new StringBuilder(count * 110);
        text.Append("Mã đơn vị;Mã hồ sơ;Mã thủ tục;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Kênh;Trạng thái;Đã số hóa;Kết quả đã số hóa;Có phí;Thanh toán trực tuyến (có/không)\n");
        string[] channels = ["Trực tuyến", "Trực tiếp", "Trực tuyến", "Bưu chính"];
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var received = start.AddDays(random.Next(0, 360));
            var due = received.AddDays(random.Next(3, 16));
            var roll = random.Next(100);
            var status = roll < 90 ? "Đã giải quyết" : roll < 95 ? "Trả lại" : "Đang giải quyết";
            var settled = status == "Đang giải quyết" ? "" : received.AddDays(random.Next(0, 18)).ToString("dd/MM/yyyy", Inv);
            text.Append(communes[i % communes.Count]).Append(';').Append("HS").Append(i.ToString(Inv)).Append(";1.00").Append((i % 97).ToString(Inv)).Append(';')
                .Append(received.ToString("dd/MM/yyyy", Inv)).Append(';').Append(due.ToString("dd/MM/yyyy", Inv)).Append(';').Append(settled).Append(';')
                .Append(channels[i % 4]).Append(';').Append(status).Append(';').Append(i % 3 == 0 ? "Có" : "Không").Append(';').Append(i % 5 == 0 ? "Có" : "Không")
                .Append(';').Append(i % 4 == 0 ? "Có" : "Không").Append(';').Append(i % 8 == 0 ? "Có" : "Không").Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
