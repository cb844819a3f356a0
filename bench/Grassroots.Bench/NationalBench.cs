using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Grassroots.Bench;

/// <summary>
/// Issue 19's national generator and the national consolidation. After the 2025 reform: 34 provinces and 3,321 communes
/// directly under them, ten villages a commune, and five years (2021–2025) of activity at a commune's usual rates — letters
/// with their case, event and legal-clock deadline, reception days with their visits, disclosures, consultations with their
/// comments, and the indicators a commune still enters by hand each half-year. Deterministic from <c>--seed</c> (the same
/// seed gives the same rows, ids included); <c>--scale</c> multiplies the activity (not the tree). Loaded into PostgreSQL
/// with binary COPY, several tables at once. Then the app starts on it and consolidates the national six-month report
/// (first half of 2025, the 34 provinces in its table), beside one hand-written SQL aggregate of the same numbers.
/// </summary>
public static class NationalBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Per commune and year, at scale 1.</summary>
    private const int LettersPerYear = 30, ReceptionDaysPerYear = 12, VisitsPerDay = 2, DisclosuresPerYear = 40,
        ConsultationsPerYear = 2, CommentsPerConsultation = 20;

    private static readonly string[] EnteredKeys =
    [
        "onestop.received", "onestop.online", "onestop.resolved", "onestop.on_time", "onestop.late", "onestop.pending",
        "onestop.digitised_received", "onestop.digitised_results", "onestop.payable", "onestop.paid_online",
        "security.teams", "profile.population", "onestop.offices_standardised",
    ];

    private sealed record Commune(int Id, string Code, string Path, int Index);

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var seed = int.Parse(Arg("--seed", "2025"), Inv);
        var scale = double.Parse(Arg("--scale", "1"), Inv);
        var runs = int.Parse(Arg("--runs", "3"), Inv);
        var databaseName = Arg("--database", "gr_national");
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        var pgAdmin = Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG") ?? "Host=127.0.0.1;Username=grassroots;Password=grassroots;Database=postgres";
        var folder = Directory.CreateTempSubdirectory("grassroots-national");
        await using (var admin = new NpgsqlConnection(pgAdmin))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {databaseName} WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand($"CREATE DATABASE {databaseName}", admin).ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = databaseName, MaxPoolSize = 50, CommandTimeout = 600 }.ToString();
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = connection,
            ["Demo__Enabled"] = "false",
            ["Bootstrap__AdminUser"] = "admin",
            ["Bootstrap__AdminPassword"] = "Admin@12345",
            ["Bootstrap__AdminTwoFactorKey"] = BenchAuth.DemoTwoFactorKey,
            ["RateLimits__TokenPerMinute"] = "100000",
            ["DataProtection__KeysFolder"] = Path.Combine(folder.FullName, "keys"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        try
        {
            // The app creates the schema (its migrations), then stops while the rows are loaded.
            var (_, first) = await ReportsBench.StartAsync(dll, env);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();

            Console.WriteLine($"seed {seed}, scale {scale}: 34 provinces, 3,321 communes, 33,210 villages, 2021–2025");
            var watch = Stopwatch.StartNew();
            var counts = await GenerateAsync(connection, seed, scale);
            var loaded = watch.Elapsed.TotalSeconds;
            var total = counts.Sum(c => c.Value);
            Console.WriteLine($"loaded {total:N0} rows in {loaded:F1} s = {total / loaded:N0} rows/s (target ≥ 100,000 rows/s; COPY, indexes in place)");
            foreach (var (table, rows) in counts)
            {
                Console.WriteLine($"  {table,-22} {rows,12:N0}");
            }
            watch.Restart();
            await using (var db = new NpgsqlConnection(connection))
            {
                await db.OpenAsync();
                await new NpgsqlCommand("ANALYZE", db).ExecuteNonQueryAsync();
                await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", db);
                Console.WriteLine($"ANALYZE {watch.Elapsed.TotalSeconds:F1} s; database size {(long)(await size.ExecuteScalarAsync())! / 1048576:N0} MB");
            }

            var (url, app) = await ReportsBench.StartAsync(dll, env);
            try
            {
                using var http = StartupBench.BehindProxy(new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) });
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchAuth.TokenAsync(http, "admin", "Admin@12345"));
                var provinces = Enumerable.Range(1, 34).Select(p => $"N{p:00}").ToList();
                var created = await http.PostAsJsonAsync("/api/v1/reports/periods", new
                {
                    templateKey = "dan-van-chinh-quyen",
                    unitCode = "VN",
                    title = "Báo cáo 6 tháng đầu năm 2025 toàn quốc",
                    from = "2025-01-01",
                    to = "2025-06-30",
                    dueOn = "2025-07-15",
                    recipient = "Chính phủ",
                    unitCodes = provinces,
                });
                if (!created.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"report period: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
                }
                var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
                var reportUrl = $"/api/v1/reports/periods/{id}/units/VN";
                var consolidate = await ReportsBench.TimeAsync(runs, async () =>
                {
                    var r = await http.GetAsync(reportUrl);
                    if (!r.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"report: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
                    }
                    var body = await r.Content.ReadFromJsonAsync<JsonElement>();
                    return body.GetProperty("report").GetProperty("appendix")[0].GetProperty("rows").GetArrayLength();
                });
                var floor = await ReportsBench.TimeAsync(runs, () => AggregateAsync(connection));
                Console.WriteLine($"national six-month report (34 provinces in its table, {consolidate.Result} rows): median {consolidate.Median:F0} ms, max {consolidate.Max:F0} ms (target < 5000)");
                Console.WriteLine($"hand-written SQL aggregate of the same numbers ({floor.Result} groups): median {floor.Median:F0} ms; ratio {consolidate.Median / floor.Median:F1}× (target ≤ 5×)");
            }
            finally
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        return 0;
    }

    /// <summary>The tree first, then every kind of record at once, each on a connection of its own.</summary>
    public static async Task<Dictionary<string, long>> GenerateAsync(string connection, int seed, double scale)
    {
        var counts = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        var communes = await UnitsAsync(connection, seed, counts);
        var start = new DateOnly(2021, 1, 1);
        var years = 5;
        int Scaled(int perYear) => Math.Max(1, (int)Math.Round(perYear * scale));
        await Task.WhenAll(
            Task.Run(() => PetitionsAsync(connection, seed + 1, communes, start, years, Scaled(LettersPerYear), counts)),
            Task.Run(async () =>
            {
                await ReceptionAsync(connection, seed + 2, communes, start, years, Scaled(ReceptionDaysPerYear), counts);
                await IndicatorsAsync(connection, seed + 5, communes, start, years, counts);
            }),
            Task.Run(() => DisclosuresAsync(connection, seed + 3, communes, start, years, Scaled(DisclosuresPerYear), counts)),
            Task.Run(() => ConsultationsAsync(connection, seed + 4, communes, start, years, Scaled(ConsultationsPerYear), counts)));
        return counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value);
    }

    /// <summary>A version-7-shaped id from the record's day and the seeded stream: the same seed, the same ids.</summary>
    private static Guid Id(Random random, DateOnly day)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var ms = (long)(day.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * 86_400_000 + random.Next(86_400_000);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    private static async Task<List<Commune>> UnitsAsync(string connection, int seed, System.Collections.Concurrent.ConcurrentDictionary<string, long> counts)
    {
        var random = new Random(seed);
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var root = (int)(await new NpgsqlCommand("SELECT \"Id\" FROM \"Units\" WHERE \"Code\" = 'VN'", db).ExecuteScalarAsync())!;
        var next = (int)(await new NpgsqlCommand("SELECT coalesce(max(\"Id\"), 0) + 1 FROM \"Units\"", db).ExecuteScalarAsync())!;
        var communes = new List<Commune>(3321);
        long rows = 0;
        await using (var copy = await db.BeginBinaryImportAsync(
            "COPY \"Units\" (\"Id\",\"Code\",\"Name\",\"Kind\",\"ParentId\",\"Path\",\"ValidFrom\",\"IsRemoteArea\") FROM STDIN (FORMAT BINARY)"))
        {
            void Unit(int id, string code, string name, string kind, int parent, string path, bool remote)
            {
                copy.StartRow();
                copy.Write(id);
                copy.Write(code);
                copy.Write(name);
                copy.Write(kind);
                copy.Write(parent);
                copy.Write(path);
                copy.Write(new DateOnly(2021, 1, 1), NpgsqlDbType.Date);
                copy.Write(remote);
                rows++;
            }
            var index = 0;
            for (var p = 1; p <= 34; p++)
            {
                var provinceId = next++;
                var provinceCode = $"N{p:00}";
                var provincePath = $"/VN/{provinceCode}/";
                Unit(provinceId, provinceCode, $"Tỉnh Thử Nghiệm {p}", "Province", root, provincePath, false);
                // 3,321 communes: 97 a province, one more for the first 23.
                var inProvince = 97 + (p <= 23 ? 1 : 0);
                for (var c = 1; c <= inProvince; c++)
                {
                    var communeId = next++;
                    var communeCode = $"{provinceCode}C{c:000}";
                    var communePath = $"{provincePath}{communeCode}/";
                    var remote = random.Next(5) == 0;
                    Unit(communeId, communeCode, $"Xã Thử Nghiệm {p}-{c}", "Commune", provinceId, communePath, remote);
                    communes.Add(new Commune(communeId, communeCode, communePath, index++));
                    for (var v = 1; v <= 10; v++)
                    {
                        var villageCode = $"{communeCode}V{v:00}";
                        Unit(next++, villageCode, $"Thôn {v}", "Village", communeId, $"{communePath}{villageCode}/", remote);
                    }
                }
            }
            await copy.CompleteAsync();
        }
        await new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('\"Units\"', 'Id'), (SELECT max(\"Id\") FROM \"Units\"))", db).ExecuteNonQueryAsync();
        counts["Units"] = rows;
        return communes;
    }

    private static async Task PetitionsAsync(string connection, int seed, List<Commune> communes, DateOnly start, int years, int perYear,
        System.Collections.Concurrent.ConcurrentDictionary<string, long> counts)
    {
        var random = new Random(seed);
        var kinds = new[] { "Complaint", "Denunciation", "Recommendation", "Reflection" };
        var end = start.AddYears(years);
        var days = end.DayNumber - start.DayNumber;
        var rows = new List<(Guid Id, Guid Case, int Unit, string Code, string Kind, DateOnly Received, bool Open, int Subject)>();
        var i = 0;
        foreach (var commune in communes)
        {
            for (var n = 0; n < perYear * years; n++)
            {
                var received = start.AddDays(random.Next(days));
                var open = received.DayNumber > end.DayNumber - 60 && random.Next(3) > 0;
                var kind = kinds[random.Next(10) switch { < 2 => 0, < 3 => 1, < 7 => 2, _ => 3 }];
                rows.Add((Id(random, received), Id(random, received), commune.Id, PetitionsBench.Code(random, received, i++), kind, received, open, random.Next(977)));
            }
        }
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"PetitionCase\" (\"Id\",\"UnitId\",\"Title\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in rows)
            {
                copy.StartRow();
                copy.Write(r.Case);
                copy.Write(r.Unit);
                copy.Write($"Phản ánh, kiến nghị về đường giao thông, nước sạch số {r.Subject}");
                copy.Write(At(r.Received, 2), NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"Petition\" (\"Id\",\"UnitId\",\"CaseId\",\"TrackingCode\",\"Kind\",\"Channel\",\"Status\",\"ReceivedOn\",\"Subject\",\"Content\",\"SignerCount\",\"PetitionerName\",\"PetitionerPhone\",\"IsAnonymous\",\"IsEligible\",\"IsInCompetence\",\"IsComplex\",\"Extensions\",\"AnsweredOn\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in rows)
            {
                var subject = $"Phản ánh, kiến nghị về đường giao thông, nước sạch số {r.Subject}";
                copy.StartRow();
                copy.Write(r.Id);
                copy.Write(r.Unit);
                copy.Write(r.Case);
                copy.Write(r.Code);
                copy.Write(r.Kind);
                copy.Write("Post");
                copy.Write(r.Open ? "Received" : "Closed");
                copy.Write(r.Received, NpgsqlDbType.Date);
                copy.Write(subject);
                copy.Write(subject + ". Người dân đề nghị chính quyền xem xét, giải quyết dứt điểm.");
                copy.Write(1);
                copy.Write($"Người dân {r.Subject}");
                copy.Write($"0905{r.Subject:000000}");
                copy.Write(false);
                copy.Write(true);
                copy.Write(true);
                copy.Write(false);
                copy.Write(0);
                if (r.Open)
                {
                    copy.WriteNull();
                }
                else
                {
                    copy.Write(r.Received.AddDays(7), NpgsqlDbType.Date);
                }
                copy.Write(At(r.Received, 2), NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using var second = new NpgsqlConnection(connection);
        await second.OpenAsync();
        var deadlines = Task.Run(() => DeadlinesAsync(second, rows.Select(r => (r.Id, r.Received, r.Open)).ToList()));
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"PetitionEvent\" (\"PetitionId\",\"At\",\"On\",\"Kind\",\"UnitId\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in rows)
            {
                copy.StartRow();
                copy.Write(r.Id);
                copy.Write(At(r.Received, 2), NpgsqlDbType.TimestampTz);
                copy.Write(r.Received, NpgsqlDbType.Date);
                copy.Write("Registered");
                copy.Write(r.Unit);
            }
            await copy.CompleteAsync();
        }
        await deadlines;
        counts["PetitionCase"] = counts["Petition"] = counts["PetitionEvent"] = counts["PetitionDeadline"] = rows.Count;
    }

    private static async Task DeadlinesAsync(NpgsqlConnection db, List<(Guid Id, DateOnly Received, bool Open)> rows)
    {
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"PetitionDeadline\" (\"PetitionId\",\"Rule\",\"StartedOn\",\"LimitDays\",\"ExtensionDays\",\"RunningSince\",\"UsedDays\",\"DueOn\",\"State\",\"EndedOn\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in rows)
            {
                copy.StartRow();
                copy.Write(r.Id);
                copy.Write("HandleLetter");
                copy.Write(r.Received, NpgsqlDbType.Date);
                copy.Write(10);
                copy.Write(0);
                copy.Write(r.Received, NpgsqlDbType.Date);
                copy.Write(0);
                copy.Write(r.Received.AddDays(14), NpgsqlDbType.Date);
                copy.Write(r.Open ? "Running" : "Met");
                if (r.Open)
                {
                    copy.WriteNull();
                }
                else
                {
                    copy.Write(r.Received.AddDays(7), NpgsqlDbType.Date);
                }
            }
            await copy.CompleteAsync();
        }
    }

    private static async Task ReceptionAsync(string connection, int seed, List<Commune> communes, DateOnly start, int years, int perYear,
        System.Collections.Concurrent.ConcurrentDictionary<string, long> counts)
    {
        var random = new Random(seed);
        var outcomes = new[] { "AnsweredOnSpot", "Guided" };
        var sessions = new List<(Guid Id, int Unit, DateOnly Day)>();
        foreach (var commune in communes)
        {
            for (var y = 0; y < years; y++)
            {
                for (var m = 0; m < perYear; m++)
                {
                    var day = start.AddYears(y).AddMonths(m * 12 / perYear).AddDays(random.Next(20));
                    sessions.Add((Id(random, day), commune.Id, day));
                }
            }
        }
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"ReceptionSession\" (\"Id\",\"UnitId\",\"Kind\",\"HeldOn\",\"Place\",\"ReceivedBy\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var s in sessions)
            {
                copy.StartRow();
                copy.Write(s.Id);
                copy.Write(s.Unit);
                copy.Write("Periodic");
                copy.Write(s.Day, NpgsqlDbType.Date);
                copy.Write("Trụ sở Ủy ban nhân dân xã");
                copy.Write("Chủ tịch Ủy ban nhân dân xã");
                copy.Write(At(s.Day, 1), NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        long visits = 0;
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"ReceptionVisit\" (\"Id\",\"SessionId\",\"UnitId\",\"People\",\"IsCrowd\",\"VisitorName\",\"IdentityProtected\",\"Content\",\"MatterId\",\"Outcome\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var s in sessions)
            {
                for (var v = 0; v < VisitsPerDay; v++)
                {
                    var id = Id(random, s.Day);
                    copy.StartRow();
                    copy.Write(id);
                    copy.Write(s.Id);
                    copy.Write(s.Unit);
                    copy.Write(1);
                    copy.Write(false);
                    copy.Write($"Công dân {random.Next(10_000)}");
                    copy.Write(false);
                    copy.Write("Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất.");
                    copy.Write(id);
                    copy.Write(outcomes[random.Next(2)]);
                    visits++;
                }
            }
            await copy.CompleteAsync();
        }
        counts["ReceptionSession"] = sessions.Count;
        counts["ReceptionVisit"] = visits;
    }

    private static async Task DisclosuresAsync(string connection, int seed, List<Commune> communes, DateOnly start, int years, int perYear,
        System.Collections.Concurrent.ConcurrentDictionary<string, long> counts)
    {
        var random = new Random(seed);
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var categories = new List<int>();
        await using (var read = await new NpgsqlCommand("SELECT \"Id\" FROM \"DisclosureCategories\" ORDER BY \"Id\"", db).ExecuteReaderAsync())
        {
            while (await read.ReadAsync())
            {
                categories.Add(read.GetInt32(0));
            }
        }
        if (categories.Count == 0)
        {
            throw new InvalidOperationException("No disclosure categories: the migrations should have created the catalogue.");
        }
        long rows = 0;
        var days = start.AddYears(years).DayNumber - start.DayNumber;
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"Disclosures\" (\"Id\",\"UnitId\",\"CategoryId\",\"Title\",\"Body\",\"Forms\",\"PostedFrom\",\"PostedTo\",\"LoudspeakerDays\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var commune in communes)
            {
                for (var n = 0; n < perYear * years; n++)
                {
                    var from = start.AddDays(random.Next(days));
                    copy.StartRow();
                    copy.Write(Id(random, from));
                    copy.Write(commune.Id);
                    copy.Write(categories[random.Next(categories.Count)]);
                    copy.Write($"Công khai dự toán, kết quả thực hiện số {n + 1}");
                    copy.Write("Ủy ban nhân dân xã công khai để Nhân dân biết, theo dõi và giám sát.");
                    copy.Write(15);
                    copy.Write(from, NpgsqlDbType.Date);
                    copy.Write(from.AddDays(30), NpgsqlDbType.Date);
                    copy.Write(3);
                    copy.Write(At(from, 1), NpgsqlDbType.TimestampTz);
                    rows++;
                }
            }
            await copy.CompleteAsync();
        }
        counts["Disclosures"] = rows;
    }

    private static async Task ConsultationsAsync(string connection, int seed, List<Commune> communes, DateOnly start, int years, int perYear,
        System.Collections.Concurrent.ConcurrentDictionary<string, long> counts)
    {
        var random = new Random(seed);
        var consultations = new List<(Guid Id, DateOnly Opens)>();
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"Consultations\" (\"Id\",\"UnitId\",\"Subject\",\"Title\",\"Body\",\"OpensOn\",\"ClosesOn\",\"Commenters\",\"CommentCount\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var commune in communes)
            {
                for (var y = 0; y < years; y++)
                {
                    for (var n = 0; n < perYear; n++)
                    {
                        var opens = start.AddYears(y).AddDays(random.Next(330));
                        var id = Id(random, opens);
                        consultations.Add((id, opens));
                        copy.StartRow();
                        copy.Write(id);
                        copy.Write(commune.Id);
                        copy.Write("LandUsePlan");
                        copy.Write($"Lấy ý kiến dự thảo quy hoạch chung xã năm {start.Year + y}");
                        copy.Write("Ủy ban nhân dân xã lấy ý kiến Nhân dân về dự thảo.");
                        copy.Write(opens, NpgsqlDbType.Date);
                        copy.Write(opens.AddDays(30), NpgsqlDbType.Date);
                        copy.Write("Anyone");
                        copy.Write((long)CommentsPerConsultation);
                        copy.Write(At(opens, 1), NpgsqlDbType.TimestampTz);
                    }
                }
            }
            await copy.CompleteAsync();
        }
        long comments = 0;
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"ConsultationComments\" (\"Id\",\"ConsultationId\",\"Text\",\"AuthorName\",\"Channel\",\"ReceivedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, opens) in consultations)
            {
                for (var n = 0; n < CommentsPerConsultation; n++)
                {
                    var day = opens.AddDays(random.Next(30));
                    copy.StartRow();
                    copy.Write(Id(random, day));
                    copy.Write(id);
                    copy.Write("Đề nghị bổ sung quy hoạch đường nội thôn và điểm sinh hoạt cộng đồng.");
                    copy.Write($"Người dân {random.Next(10_000)}");
                    copy.Write("Portal");
                    copy.Write(At(day, 3), NpgsqlDbType.TimestampTz);
                    comments++;
                }
            }
            await copy.CompleteAsync();
        }
        counts["Consultations"] = consultations.Count;
        counts["ConsultationComments"] = comments;
    }

    private static async Task IndicatorsAsync(string connection, int seed, List<Commune> communes, DateOnly start, int years,
        System.Collections.Concurrent.ConcurrentDictionary<string, long> counts)
    {
        var random = new Random(seed);
        long rows = 0;
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using (var copy = await db.BeginBinaryImportAsync("COPY \"IndicatorValues\" (\"Id\",\"UnitId\",\"Key\",\"From\",\"To\",\"Value\",\"Origin\",\"EnteredBy\",\"EnteredAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var commune in communes)
            {
                for (var y = 0; y < years; y++)
                {
                    foreach (var (from, to) in new[] { (new DateOnly(start.Year + y, 1, 1), new DateOnly(start.Year + y, 6, 30)), (new DateOnly(start.Year + y, 7, 1), new DateOnly(start.Year + y, 12, 31)) })
                    {
                        var received = (decimal)random.Next(200, 1200);
                        foreach (var key in EnteredKeys)
                        {
                            var value = key switch
                            {
                                "onestop.received" or "onestop.resolved" => received,
                                "onestop.on_time" => received - 3,
                                "onestop.late" => 3,
                                "onestop.online" or "onestop.digitised_received" => Math.Floor(received / 2),
                                "onestop.digitised_results" => Math.Floor(received / 3),
                                "onestop.payable" => Math.Floor(received / 4),
                                "onestop.paid_online" => Math.Floor(received / 8),
                                "onestop.pending" => 0,
                                "profile.population" => 8000 + commune.Index % 5000,
                                _ => random.Next(1, 12),
                            };
                            copy.StartRow();
                            copy.Write(Id(random, to));
                            copy.Write(commune.Id);
                            copy.Write(key);
                            copy.Write(from, NpgsqlDbType.Date);
                            copy.Write(to, NpgsqlDbType.Date);
                            copy.Write(value);
                            copy.Write("Entered");
                            copy.Write("nhap-lieu");
                            copy.Write(At(to, 3), NpgsqlDbType.TimestampTz);
                            rows++;
                        }
                    }
                }
            }
            await copy.CompleteAsync();
        }
        counts["IndicatorValues"] = rows;
    }

    /// <summary>
    /// The floor: the same half-year's numbers by province in one statement — entered indicators summed, letters received
    /// and answered, reception visits, disclosures posted — over the whole country.
    /// </summary>
    private static async Task<int> AggregateAsync(string connection)
    {
        const string sql = """
            WITH p AS (SELECT "Id", "Path" FROM "Units" WHERE "Kind" = 'Province')
            SELECT p."Id", v."Key", SUM(v."Value") FROM "IndicatorValues" v JOIN "Units" u ON u."Id" = v."UnitId" JOIN p ON u."Path" LIKE p."Path" || '%'
              WHERE v."From" >= @from AND v."To" <= @to GROUP BY ROLLUP (p."Id"), v."Key"
            UNION ALL
            SELECT p."Id", 'petitions.' || x."Kind", COUNT(*) FROM "Petition" x JOIN "Units" u ON u."Id" = x."UnitId" JOIN p ON u."Path" LIKE p."Path" || '%'
              WHERE x."ReceivedOn" BETWEEN @from AND @to GROUP BY ROLLUP (p."Id"), x."Kind"
            UNION ALL
            SELECT p."Id", 'petitions.answered', COUNT(*) FROM "Petition" x JOIN "Units" u ON u."Id" = x."UnitId" JOIN p ON u."Path" LIKE p."Path" || '%'
              WHERE x."AnsweredOn" BETWEEN @from AND @to GROUP BY ROLLUP (p."Id")
            UNION ALL
            SELECT p."Id", 'reception.visits', SUM(r."People") FROM "ReceptionVisit" r JOIN "ReceptionSession" s ON s."Id" = r."SessionId"
              JOIN "Units" u ON u."Id" = s."UnitId" JOIN p ON u."Path" LIKE p."Path" || '%' WHERE s."HeldOn" BETWEEN @from AND @to GROUP BY ROLLUP (p."Id")
            UNION ALL
            SELECT p."Id", 'disclosure.posted', COUNT(*) FROM "Disclosures" d JOIN "Units" u ON u."Id" = d."UnitId" JOIN p ON u."Path" LIKE p."Path" || '%'
              WHERE d."PostedFrom" BETWEEN @from AND @to GROUP BY ROLLUP (p."Id")
            """;
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, db);
        cmd.Parameters.AddWithValue("from", new DateOnly(2025, 1, 1));
        cmd.Parameters.AddWithValue("to", new DateOnly(2025, 6, 30));
        await using var reader = await cmd.ExecuteReaderAsync();
        var groups = 0;
        while (await reader.ReadAsync())
        {
            groups++;
        }
        return groups;
    }
}
