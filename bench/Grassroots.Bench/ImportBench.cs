using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Grassroots.Import;
using Grassroots.Import.Diacritics;

namespace Grassroots.Bench;

/// <summary>
/// Reading the reports the platform replaces (issue 18): the diacritics model's load time and memory; a 60 KB report
/// stripped of its marks with OCR-like errors read, restored and extracted, in process and through the app's API; the
/// app's memory before and after its first import; and the health endpoint's latency while an import runs.
/// </summary>
public static class ImportBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var runs = int.Parse(Arg("--runs", "3"), System.Globalization.CultureInfo.InvariantCulture);
        var root = StartupBench.FindRoot();
        // 60 KB of report text without marks: the Bình Sơn report, then the Đam Rông one, stripped, with OCR errors in 5 % of words.
        var seeds = await File.ReadAllTextAsync(Path.Combine(root, "docs/samples/reports/bao-cao-so-ket-chi-thi-08-binh-son-2024.txt"))
            + "\n\n" + await File.ReadAllTextAsync(Path.Combine(root, "docs/samples/reports/bao-cao-qcdc-dam-rong-6-thang-2022.txt"));
        var damaged = RestorationScore.Damage(seeds, 0.05, seed: 1)[..(60 * 1024)];
        var bytes = Encoding.UTF8.GetBytes(damaged);
        Console.WriteLine($"report: two seed reports stripped of their marks, OCR errors in 5 % of words, cut to {bytes.Length / 1024.0:F1} KB");

        using var self = Process.GetCurrentProcess();
        var before = GC.GetTotalMemory(true);
        self.Refresh();
        var rssBefore = self.WorkingSet64;
        var watch = Stopwatch.StartNew();
        var model = DiacriticsModel.Default;
        var load = watch.Elapsed.TotalSeconds;
        var after = GC.GetTotalMemory(true);
        self.Refresh();
        Console.WriteLine($"model: {model.Size:N0} syllables, {model.PairCount:N0} pairs, {model.TripleCount:N0} triples; loaded in {load:F2} s; "
            + $"managed heap +{(after - before) / 1024.0 / 1024:F0} MB, working set +{(self.WorkingSet64 - rssBefore) / 1024.0 / 1024:F0} MB");
        for (var i = 0; i < runs; i++)
        {
            watch.Restart();
            var report = ReportImporter.Default.Import(bytes);
            Console.WriteLine($"  in process, run {i + 1}: {watch.Elapsed.TotalSeconds:F2} s — {report.Figures.Count} figures, {report.Restoration.Syllables.Count:N0} words restored");
        }

        var dll = Path.Combine(root, "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-import-bench");
        var url = $"http://127.0.0.1:{StartupBench.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Database__Provider"] = "Sqlite", ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(folder.FullName, "bench.db")}",
            ["Demo__Enabled"] = "false", ["Bootstrap__AdminUser"] = "admin", ["Bootstrap__AdminPassword"] = "Admin@12345",
            ["Bootstrap__AdminTwoFactorKey"] = BenchAuth.DemoTwoFactorKey, ["RateLimits__TokenPerMinute"] = "100000",
            ["DataProtection__KeysFolder"] = Path.Combine(folder.FullName, "keys"), ["Logging__LogLevel__Default"] = "Warning",
        })
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
            app.Refresh();
            var appBefore = app.WorkingSet64;
            for (var i = 0; i < runs; i++)
            {
                using var content = new MultipartFormDataContent { { new StringContent("VN"), "unitCode" } };
                content.Add(new ByteArrayContent(bytes), "file", "bao-cao-mat-dau.txt");
                // The readiness endpoint, asked every 50 ms while the report is read: the server keeps answering others.
                using var stop = new CancellationTokenSource();
                var latencies = new List<double>();
                var probe = Task.Run(async () =>
                {
                    using var other = StartupBench.BehindProxy(new HttpClient { BaseAddress = new Uri(url) });
                    while (!stop.IsCancellationRequested)
                    {
                        var w = Stopwatch.StartNew();
                        await other.GetAsync("/health/ready");
                        latencies.Add(w.Elapsed.TotalMilliseconds);
                        await Task.Delay(50);
                    }
                });
                watch.Restart();
                var r = await http.PostAsync("/api/v1/legacy-reports", content);
                var seconds = watch.Elapsed.TotalSeconds;
                await stop.CancelAsync();
                await probe;
                if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
                app.Refresh();
                latencies.Sort();
                Console.WriteLine($"  through the API, upload {i + 1}: {seconds:F2} s; /health/ready meanwhile: {latencies.Count} answers, slowest {latencies.LastOrDefault():F0} ms; "
                    + $"app working set {app.WorkingSet64 / 1024 / 1024:N0} MB (+{(app.WorkingSet64 - appBefore) / 1024.0 / 1024:F0} MB since ready)");
            }
            return 0;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }
}
