using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grassroots.Bench;

/// <summary>
/// Issue 3's targets on a generated province (10 districts, 150 communes, 5 years, 1,000,000 letters), with
/// SQLite or PostgreSQL: public intake throughput and p99 against plain single-row inserts into the same
/// database; registration with duplicate suggestions and an officer's queue at p99; a province-year's statistics.
/// </summary>
public static class PetitionsBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Arg("--provider", "sqlite");
        var letters = int.Parse(Arg("--letters", "1000000"), Inv);
        var seconds = int.Parse(Arg("--seconds", "15"), Inv);
        var clients = int.Parse(Arg("--clients", "16"), Inv);
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var folder = Directory.CreateTempSubdirectory("grassroots-petitions-bench");
        var pgAdmin = Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG") ?? "Host=127.0.0.1;Username=grassroots;Password=grassroots;Database=postgres";
        string connection;
        if (provider == "postgres")
        {
            await using var admin = new NpgsqlConnection(pgAdmin);
            await admin.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS gr_bench WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE gr_bench", admin).ExecuteNonQueryAsync();
            // The server is on this machine, reached over loopback: no TLS, as a same-host deployment is set up (README).
            connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = "gr_bench", MaxPoolSize = 100, SslMode = SslMode.Disable }.ToString();
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
            ["RateLimits__PublicPerMinute"] = "100000000",
            ["RateLimits__TokenPerMinute"] = "100000",
            ["DataProtection__KeysFolder"] = Path.Combine(folder.FullName, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (Environment.GetEnvironmentVariable("GRASSROOTS_BENCH_APP_LOG") is not null)
        {
            // The intake writer logs each batch: its busy share tells whether the single writer is the limit.
            env["Logging__LogLevel__Grassroots.Web.Modules.Petitions.Register.PetitionIntake"] = "Debug";
        }

        Console.WriteLine($"provider {provider}, {letters:N0} letters, {clients} clients, {seconds} s per load");
        if (args.Contains("--stats-only"))
        {
            seconds = 1;
        }
        var (url, app) = await StartAsync(dll, env);
        using var http = Client(url, clients);
        var token = await BenchAuth.TokenAsync(http, "admin", "Admin@12345");
        var province = await BuildProvinceAsync(http, token);
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();

        var watch = Stopwatch.StartNew();
        await GenerateAsync(provider, connection, province, letters);
        Console.WriteLine($"generated {letters:N0} letters with their cases, events and deadlines in {watch.Elapsed.TotalSeconds:F0} s");

        (url, app) = await StartAsync(dll, env);
        try
        {
            using var load = Client(url, clients);
            var officerToken = await BenchAuth.TokenAsync(load, "officer", "Officer@12345");
            var commune = province.Communes[0];

            // The load comes from wrk (a C client) when it is installed, so the client does not eat the server's two cores.
            // Throughput against latency: with more connections the queue, and so each letter's wait, grows. The
            // target (2,000 letters a second with p99 under 20 ms) is a point on this curve.
            Measured? intake = null;
            var before = await CountAsync(provider, connection);
            foreach (var connections in new[] { 4, 6, 8, clients }.Where(c => c <= clients).Distinct())
            {
                var measured = await WrkAsync(url, province, connections, seconds) ?? await LoadAsync(connections, seconds, async i =>
                {
                    var r = await load.PostAsJsonAsync("/api/v1/public/petitions", new
                    {
                        unitCode = province.Communes[i % province.Communes.Count],
                        kind = "Reflection",
                        content = $"Đèn chiếu sáng đường liên thôn số {i} bị hỏng nhiều ngày.",
                    });
                    return r.StatusCode == HttpStatusCode.Created;
                });
                Console.WriteLine($"public intake ({measured.Client}, {connections} connections): {measured.Rate:F0} letters/s, p50 {measured.P50:F1} ms, " +
                    $"p99 {measured.P99:F1} ms, {measured.Failed} failed");
                intake = intake is null || measured.Rate > intake.Rate ? measured : intake;
            }
            var stored = await CountAsync(provider, connection) - before;
            Console.WriteLine($"letters stored by the intake runs, warm-ups included: {stored:N0}");

            // PostgreSQL's 100 connections are shared with the app's pool.
            var writers = provider == "postgres" ? Math.Min(clients, 32) : clients;
            var baseline = await PlainInsertsAsync(provider, connection, writers, seconds);
            Console.WriteLine($"plain single-row inserts (one row, one transaction synced to disk, {writers} writers): {baseline:F0} rows/s; the intake's best is {intake!.Rate / baseline:P1} of it");

            load.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", officerToken);
            var register = await SequentialAsync(200, async i =>
            {
                var r = await load.PostAsJsonAsync("/api/v1/petitions", new
                {
                    unitCode = commune,
                    kind = "Complaint",
                    channel = "InPerson",
                    receivedOn = "2026-11-20",
                    content = $"Khiếu nại mức bồi thường khi thu hồi đất làm đường số {i}",
                    petitionerName = $"Nguyễn Văn {i}",
                    petitionerPhone = $"0905{i:000000}",
                });
                return r.StatusCode == HttpStatusCode.Created;
            });
            Console.WriteLine($"register a letter with duplicate suggestions ({letters / province.Communes.Count:N0} letters in the commune): p50 {register.P50:F1} ms, p99 {register.P99:F1} ms");
            var queue = await SequentialAsync(200, async _ => (await load.GetAsync("/api/v1/petitions?open=true")).IsSuccessStatusCode);
            Console.WriteLine($"officer's queue (first page): p50 {queue.P50:F1} ms, p99 {queue.P99:F1} ms");
            var overdue = await SequentialAsync(100, async _ => (await load.GetAsync("/api/v1/petitions?due=Overdue")).IsSuccessStatusCode);
            Console.WriteLine($"officer's overdue list: p50 {overdue.P50:F1} ms, p99 {overdue.P99:F1} ms");

            load.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var stats = await SequentialAsync(5, async _ => (await load.GetAsync($"/api/v1/statistics/petitions?unit={province.Code}&from=2025-01-01&to=2025-12-31")).IsSuccessStatusCode);
            var body = await load.GetStringAsync($"/api/v1/statistics/petitions?unit={province.Code}&from=2025-01-01&to=2025-12-31");
            var received = JsonDocument.Parse(body).RootElement.GetProperty("received").GetProperty("letters").GetInt32();
            Console.WriteLine($"statistics of the province for 2025 ({received:N0} letters): p50 {stats.P50:F0} ms, max {stats.Max:F0} ms");
            return 0;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            if (args.Contains("--keep"))
            {
                Console.WriteLine($"kept: {folder.FullName}");
            }
            else
            {
                folder.Delete(recursive: true);
            }
        }
    }

    private sealed record Province(string Code, List<string> Communes);

    private static async Task<Province> BuildProvinceAsync(HttpClient http, string token)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        async Task Unit(string code, string name, string kind, string parent) =>
            (await http.PostAsJsonAsync("/api/v1/units", new { code, name, kind, parentCode = parent, validFrom = "2020-01-01" })).EnsureSuccessStatusCode();
        await Unit("99", "Tỉnh Thử Nghiệm", "Province", "VN");
        var communes = new List<string>();
        for (var d = 1; d <= 10; d++)
        {
            var district = $"99D{d:00}";
            await Unit(district, $"Huyện Thử Nghiệm {d}", "District", "99");
            for (var c = 1; c <= 15; c++)
            {
                var code = $"99C{(d - 1) * 15 + c:000}";
                await Unit(code, $"Xã Thử Nghiệm {(d - 1) * 15 + c}", "Commune", district);
                communes.Add(code);
            }
        }
        (await http.PostAsJsonAsync("/api/v1/accounts", new
        {
            userName = "officer",
            fullName = "Cán bộ thử nghiệm",
            password = "Officer@12345",
            homeUnitCode = communes[0],
            role = "Officer",
        })).EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = null;
        return new Province("99", communes);
    }

    /// <summary>Bulk rows straight into the tables the app uses, as five years of work would have left them.</summary>
    private static async Task GenerateAsync(string provider, string connection, Province province, int letters)
    {
        var random = new Random(42);
        var start = new DateOnly(2021, 11, 24);
        var days = new DateOnly(2026, 11, 23).DayNumber - start.DayNumber;
        var unitIds = new Dictionary<string, int>();
        var kinds = new[] { "Complaint", "Denunciation", "Recommendation", "Reflection" };
        var created = DateTime.UtcNow;
        if (provider == "postgres")
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using (var cmd = new NpgsqlCommand("SELECT \"Code\", \"Id\" FROM \"Units\" WHERE \"Code\" LIKE '99C%'", db))
            await using (var reader = await cmd.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) unitIds[reader.GetString(0)] = reader.GetInt32(1);
            }
            await using (var cases = await db.BeginBinaryImportAsync("COPY \"PetitionCase\" (\"Id\",\"UnitId\",\"Title\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
            await using (var petitions = new NpgsqlConnection(connection))
            {
                // Cases first, petitions and their rows on a second connection, in the same order.
                await petitions.OpenAsync();
                var rows = Rows(random, letters, province, unitIds, start, days, kinds).ToList();
                foreach (var r in rows)
                {
                    await cases.StartRowAsync();
                    await cases.WriteAsync(r.CaseId);
                    await cases.WriteAsync(r.UnitId);
                    await cases.WriteAsync(r.Subject);
                    await cases.WriteAsync(created, NpgsqlTypes.NpgsqlDbType.TimestampTz);
                }
                await cases.CompleteAsync();
                await cases.DisposeAsync();
                await using (var p = await petitions.BeginBinaryImportAsync("COPY \"Petition\" (\"Id\",\"UnitId\",\"CaseId\",\"TrackingCode\",\"Kind\",\"Channel\",\"Status\",\"ReceivedOn\",\"Subject\",\"Content\",\"SignerCount\",\"PetitionerName\",\"PetitionerPhone\",\"IsAnonymous\",\"IsEligible\",\"IsInCompetence\",\"IsComplex\",\"Extensions\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var r in rows)
                    {
                        await p.StartRowAsync();
                        await p.WriteAsync(r.Id);
                        await p.WriteAsync(r.UnitId);
                        await p.WriteAsync(r.CaseId);
                        await p.WriteAsync(r.Code);
                        await p.WriteAsync(r.Kind);
                        await p.WriteAsync("Post");
                        await p.WriteAsync(r.Status);
                        await p.WriteAsync(r.Received, NpgsqlTypes.NpgsqlDbType.Date);
                        await p.WriteAsync(r.Subject);
                        await p.WriteAsync(r.Content);
                        await p.WriteAsync(1);
                        await p.WriteAsync(r.Name);
                        await p.WriteAsync(r.Phone);
                        await p.WriteAsync(false);
                        await p.WriteAsync(true);
                        await p.WriteAsync(true);
                        await p.WriteAsync(false);
                        await p.WriteAsync(0);
                        await p.WriteAsync(created, NpgsqlTypes.NpgsqlDbType.TimestampTz);
                    }
                    await p.CompleteAsync();
                }
                await using (var e = await petitions.BeginBinaryImportAsync("COPY \"PetitionEvent\" (\"PetitionId\",\"At\",\"On\",\"Kind\",\"UnitId\") FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var r in rows)
                    {
                        await e.WriteRowAsync(default, r.Id, created, r.Received, "Registered", r.UnitId);
                    }
                    await e.CompleteAsync();
                }
                await using (var d = await petitions.BeginBinaryImportAsync("COPY \"PetitionDeadline\" (\"PetitionId\",\"Rule\",\"StartedOn\",\"LimitDays\",\"ExtensionDays\",\"RunningSince\",\"UsedDays\",\"DueOn\",\"State\",\"EndedOn\") FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var r in rows)
                    {
                        await d.StartRowAsync();
                        await d.WriteAsync(r.Id);
                        await d.WriteAsync("HandleLetter");
                        await d.WriteAsync(r.Received, NpgsqlTypes.NpgsqlDbType.Date);
                        await d.WriteAsync(10);
                        await d.WriteAsync(0);
                        await d.WriteAsync(r.Received, NpgsqlTypes.NpgsqlDbType.Date);
                        await d.WriteAsync(0);
                        await d.WriteAsync(r.Received.AddDays(10), NpgsqlTypes.NpgsqlDbType.Date);
                        await d.WriteAsync(r.Open ? "Running" : "Met");
                        if (r.Open) await d.WriteNullAsync(); else await d.WriteAsync(r.Received.AddDays(5), NpgsqlTypes.NpgsqlDbType.Date);
                    }
                    await d.CompleteAsync();
                }
                await new NpgsqlCommand("ANALYZE", petitions).ExecuteNonQueryAsync();
            }
            return;
        }

        await using var sqlite = new SqliteConnection(connection);
        await sqlite.OpenAsync();
        await using (var cmd = new SqliteCommand("SELECT Code, Id FROM Units WHERE Code LIKE '99C%'", sqlite))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) unitIds[reader.GetString(0)] = reader.GetInt32(1);
        }
        await using var tx = (SqliteTransaction)await sqlite.BeginTransactionAsync();
        var insertCase = Prepared(sqlite, tx, "INSERT INTO PetitionCase (Id, UnitId, Title, CreatedAt) VALUES ($1,$2,$3,$4)", 4);
        var insertPetition = Prepared(sqlite, tx, "INSERT INTO Petition (Id, UnitId, CaseId, TrackingCode, Kind, Channel, Status, ReceivedOn, Subject, Content, SignerCount, PetitionerName, PetitionerPhone, IsAnonymous, IsEligible, IsInCompetence, IsComplex, Extensions, CreatedAt) VALUES ($1,$2,$3,$4,$5,'Post',$6,$7,$8,$9,1,$10,$11,0,1,1,0,0,$12)", 12);
        var insertEvent = Prepared(sqlite, tx, "INSERT INTO PetitionEvent (PetitionId, At, \"On\", Kind, UnitId) VALUES ($1,$2,$3,'Registered',$4)", 4);
        var insertDeadline = Prepared(sqlite, tx, "INSERT INTO PetitionDeadline (PetitionId, Rule, StartedOn, LimitDays, ExtensionDays, RunningSince, UsedDays, DueOn, State, EndedOn) VALUES ($1,'HandleLetter',$2,10,0,$2,0,$3,$4,$5)", 5);
        var at = created.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", Inv);
        foreach (var r in Rows(random, letters, province, unitIds, start, days, kinds))
        {
            var id = r.Id.ToString().ToUpperInvariant();
            var caseId = r.CaseId.ToString().ToUpperInvariant();
            var received = r.Received.ToString("yyyy-MM-dd", Inv);
            Run(insertCase, caseId, r.UnitId, r.Subject, at);
            Run(insertPetition, id, r.UnitId, caseId, r.Code, r.Kind, r.Status, received, r.Subject, r.Content, r.Name, r.Phone, at);
            Run(insertEvent, id, at, received, r.UnitId);
            Run(insertDeadline, id, received, r.Received.AddDays(10).ToString("yyyy-MM-dd", Inv), r.Open ? "Running" : "Met",
                r.Open ? DBNull.Value : r.Received.AddDays(5).ToString("yyyy-MM-dd", Inv));
        }
        await tx.CommitAsync();
        await new SqliteCommand("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);", sqlite).ExecuteNonQueryAsync();
    }

    private sealed record Row(Guid Id, Guid CaseId, int UnitId, string Code, string Kind, string Status, DateOnly Received, string Subject, string Content,
        string Name, string Phone, bool Open);

    /// <summary>As the app issues them: "DT-", three characters for the day, seven random (unique here by the counter).</summary>
    internal static string Code(Random random, DateOnly issued, int i)
    {
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        var day = issued.DayNumber - new DateOnly(2020, 1, 1).DayNumber;
        var tail = string.Concat(Enumerable.Range(0, 3).Select(_ => alphabet[random.Next(32)]));
        return $"DT-{alphabet[day / 1024]}{alphabet[day / 32 % 32]}{alphabet[day % 32]}{tail}{i % 1048576:X5}".ToUpperInvariant()
            .Replace('0', 'Z').Replace('1', 'Y');
    }

    private static IEnumerable<Row> Rows(Random random, int letters, Province province, Dictionary<string, int> unitIds, DateOnly start, int days, string[] kinds)
    {
        for (var i = 0; i < letters; i++)
        {
            var received = start.AddDays((int)((long)i * days / letters));
            var open = received.DayNumber > start.DayNumber + days - 60 && random.Next(3) > 0;
            var kind = kinds[random.Next(10) switch { < 2 => 0, < 3 => 1, < 7 => 2, _ => 3 }];
            var subject = $"Phản ánh, kiến nghị về đường giao thông, nước sạch số {i % 977}";
            yield return new Row(Guid.CreateVersion7(), Guid.CreateVersion7(), unitIds[province.Communes[random.Next(province.Communes.Count)]],
                Code(random, received, i), kind, open ? "Received" : "Closed", received, subject,
                subject + ". Người dân đề nghị chính quyền xem xét, giải quyết dứt điểm.", $"Người dân {i % 5003}", $"09{random.Next(10_000_000, 99_999_999)}", open);
        }
    }

    private static SqliteCommand Prepared(SqliteConnection db, SqliteTransaction tx, string sql, int parameters)
    {
        var cmd = new SqliteCommand(sql, db, tx);
        for (var i = 1; i <= parameters; i++)
        {
            cmd.Parameters.Add(new SqliteParameter($"${i}", null));
        }
        cmd.Prepare();
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i];
        }
        cmd.ExecuteNonQuery();
    }

    /// <summary>The storage's own limit: one small row a transaction from as many writers, nothing else.</summary>
    private static async Task<double> PlainInsertsAsync(string provider, string connection, int writers, int seconds)
    {
        var count = 0L;
        var deadline = Stopwatch.StartNew();
        if (provider == "postgres")
        {
            await using (var db = new NpgsqlConnection(connection))
            {
                await db.OpenAsync();
                await new NpgsqlCommand("CREATE TABLE IF NOT EXISTS bench_plain (id uuid primary key, content text not null, created timestamptz not null)", db).ExecuteNonQueryAsync();
            }
            await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
            {
                await using var db = new NpgsqlConnection(connection);
                await db.OpenAsync();
                await using var cmd = new NpgsqlCommand("INSERT INTO bench_plain VALUES ($1, $2, now())", db);
                cmd.Parameters.Add(new NpgsqlParameter { Value = Guid.Empty });
                cmd.Parameters.Add(new NpgsqlParameter { Value = "Đèn chiếu sáng đường liên thôn bị hỏng nhiều ngày." });
                await cmd.PrepareAsync();
                while (deadline.Elapsed.TotalSeconds < seconds)
                {
                    cmd.Parameters[0].Value = Guid.CreateVersion7();
                    await cmd.ExecuteNonQueryAsync();
                    Interlocked.Increment(ref count);
                }
            }));
        }
        else
        {
            await using (var db = new SqliteConnection(connection))
            {
                await db.OpenAsync();
                await new SqliteCommand("PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS bench_plain (id TEXT PRIMARY KEY, content TEXT NOT NULL, created TEXT NOT NULL)", db).ExecuteNonQueryAsync();
            }
            await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
            {
                await using var db = new SqliteConnection(connection);
                await db.OpenAsync();
                await new SqliteCommand("PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;", db).ExecuteNonQueryAsync();
                await using var cmd = new SqliteCommand("INSERT INTO bench_plain VALUES ($1, $2, datetime('now'))", db);
                cmd.Parameters.Add(new SqliteParameter("$1", ""));
                cmd.Parameters.Add(new SqliteParameter("$2", "Đèn chiếu sáng đường liên thôn bị hỏng nhiều ngày."));
                while (deadline.Elapsed.TotalSeconds < seconds)
                {
                    cmd.Parameters[0].Value = Guid.CreateVersion7().ToString();
                    cmd.ExecuteNonQuery();
                    Interlocked.Increment(ref count);
                }
            })));
        }
        return count / deadline.Elapsed.TotalSeconds;
    }

    private sealed record Measured(double Rate, double P50, double P99, double Max, int Failed, string Client = ".NET HttpClient");

    private static async Task<Measured?> WrkAsync(string url, Province province, int clients, int seconds)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            return null;
        }
        // A few seconds first, so the measure is of the warm app, not of the JIT.
        await WrkRunAsync(url, province, clients, 3);
        return await WrkRunAsync(url, province, clients, seconds);
    }

    private static async Task<Measured> WrkRunAsync(string url, Province province, int clients, int seconds)
    {
        var script = Path.GetTempFileName();
        var codes = string.Join(",", province.Communes.Select(c => $"\"{c}\""));
        await File.WriteAllTextAsync(script, $$"""
            local codes = { {{codes}} }
            local n = 0
            request = function()
              n = n + 1
              local body = '{"unitCode":"' .. codes[(n % #codes) + 1] .. '","kind":"Reflection","content":"Đèn chiếu sáng đường liên thôn số ' .. n .. ' bị hỏng nhiều ngày."}'
              return wrk.format("POST", "/api/v1/public/petitions", { ["Content-Type"] = "application/json", ["X-Forwarded-Proto"] = "https" }, body)
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
        return new Measured(rate, Ms("50"), Ms("99"), 0, non2xx.Success ? int.Parse(non2xx.Groups[1].Value, Inv) : 0, "wrk");
    }

    private static async Task<long> CountAsync(string provider, string connection)
    {
        if (provider == "postgres")
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            return (long)(await new NpgsqlCommand("SELECT count(*) FROM \"Petition\"", db).ExecuteScalarAsync())!;
        }
        await using var sqlite = new SqliteConnection(connection);
        await sqlite.OpenAsync();
        return (long)(await new SqliteCommand("SELECT count(*) FROM Petition", sqlite).ExecuteScalarAsync())!;
    }

    private static async Task<Measured> LoadAsync(int clients, int seconds, Func<int, Task<bool>> call)
    {
        var samples = new ConcurrentBag<double>();
        var failed = 0;
        var n = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                var i = Interlocked.Increment(ref n);
                var t = Stopwatch.StartNew();
                var ok = await call(i);
                samples.Add(t.Elapsed.TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        var sorted = samples.Order().ToList();
        return new Measured(sorted.Count / watch.Elapsed.TotalSeconds, sorted[sorted.Count / 2], sorted[(int)(sorted.Count * 0.99)], sorted[^1], failed);
    }

    private static async Task<Measured> SequentialAsync(int times, Func<int, Task<bool>> call)
    {
        var samples = new List<double>();
        var failed = 0;
        for (var i = 0; i < times + 3; i++)
        {
            var t = Stopwatch.StartNew();
            var ok = await call(i);
            if (i >= 3)
            {
                samples.Add(t.Elapsed.TotalMilliseconds);
                failed += ok ? 0 : 1;
            }
        }
        samples.Sort();
        return new Measured(0, samples[samples.Count / 2], samples[Math.Min(samples.Count - 1, (int)(samples.Count * 0.99))], samples[^1], failed);
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
