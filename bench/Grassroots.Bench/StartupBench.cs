using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Grassroots.Bench;

/// <summary>Start-up, memory and request latency of the real app with the demo data, on a fresh SQLite database.</summary>
public static class StartupBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = FindRoot();
        var dll = args.Length > 0 ? args[0] : Path.Combine(root, "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"Build first: dotnet build -c Release ({dll} not found)");
            return 1;
        }
        var data = Directory.CreateTempSubdirectory("grassroots-bench");
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={Path.Combine(data.FullName, "grassroots.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var watch = Stopwatch.StartNew();
        using var app = Process.Start(start)!;
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            var coldStart = await WaitReadyAsync(http, watch);
            var token = await BenchAuth.TokenAsync(http, "admin", "Admin@12345");
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);

            var units = await MeasureAsync(http, "/api/v1/units?all=true", 200);
            var unit = await MeasureAsync(http, "/api/v1/units/522/lineage", 200);
            app.Refresh();
            var rssMb = app.WorkingSet64 / 1024.0 / 1024.0;
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();

            // Second start on the same database: migrations already applied, no demo data to lay.
            var again = new ProcessStartInfo(start.FileName, [dll, "--urls", url]) { WorkingDirectory = start.WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var (k, v) in start.Environment)
            {
                again.Environment[k] = v;
            }
            using var http2 = new HttpClient { BaseAddress = new Uri(url) };
            var watch2 = Stopwatch.StartNew();
            using var app2 = Process.Start(again)!;
            app2.BeginOutputReadLine();
            app2.BeginErrorReadLine();
            var warmStart = await WaitReadyAsync(http2, watch2);
            app2.Kill(entireProcessTree: true);

            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"first start (create, migrate, demo data) until /health/ready: {coldStart:F0} ms"));
            Console.WriteLine(string.Create(c, $"second start (existing database) until /health/ready: {warmStart:F0} ms"));
            Console.WriteLine(string.Create(c, $"resident memory after the requests below: {rssMb:F0} MB"));
            Console.WriteLine(string.Create(c, $"GET /api/v1/units?all=true (admin, {units.Count} units): p50 {units.P50:F1} ms, p95 {units.P95:F1} ms"));
            Console.WriteLine(string.Create(c, $"GET /api/v1/units/522/lineage: p50 {unit.P50:F1} ms, p95 {unit.P95:F1} ms"));
            return 0;
        }
        finally
        {
            if (!app.HasExited)
            {
                app.Kill(entireProcessTree: true);
            }
            data.Delete(recursive: true);
        }
    }

    internal static async Task<double> WaitReadyAsync(HttpClient http, Stopwatch watch)
    {
        while (watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return watch.Elapsed.TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(25);
        }
        throw new TimeoutException("The app did not become ready in 120 s");
    }

    internal static async Task<(double P50, double P95, int Count)> MeasureAsync(HttpClient http, string path, int times)
    {
        var samples = new List<double>();
        var count = 0;
        for (var i = 0; i < times + 10; i++)
        {
            var w = Stopwatch.StartNew();
            var body = await http.GetStringAsync(path);
            w.Stop();
            if (i >= 10)
            {
                samples.Add(w.Elapsed.TotalMilliseconds);
            }
            count = JsonDocument.Parse(body).RootElement.GetArrayLength();
        }
        samples.Sort();
        return (samples[samples.Count / 2], samples[(int)(samples.Count * 0.95)], count);
    }

    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    internal static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Grassroots.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
