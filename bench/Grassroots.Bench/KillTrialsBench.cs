using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grassroots.Bench;

/// <summary>
/// Issue 19: kill -9 of the app under load on every write path (letters, comments, votes, survey responses, imports,
/// report submissions), three trials each. Per path a fresh database and the real app; per trial several clients write,
/// each acknowledged write (2xx) is kept with a key found in the database afterwards; about 2 s after the first acknowledgement the app is killed
/// with SIGKILL, restarted on the same database, and the keys are looked up: lost = acknowledged but not stored; cut = in
/// flight when the app died (they may or may not be stored: either is right). Each trial runs on the app restarted by the
/// one before. Votes: one household's online vote with its code, a matter a trial (--households 1500 on the roll);
/// report submissions: one commune's report, a period a trial (--communes 600). GRASSROOTS_BENCH_VERBOSE=1 shows the errors.
/// </summary>
public static class KillTrialsBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>What a client gets back from the write function when the path has nothing left to write in this trial.</summary>
    private const string Exhausted = "\0exhausted";

    private sealed record Trial(int Acknowledged, int Found, int Lost, int Cut, int Refused, bool Ran);

    /// <summary>A write path: its setup (admin client), one write (trial, index, public client, admin client) answering the key
    /// of an acknowledged write, null when refused, <see cref="Exhausted"/> when nothing is left; the stored keys of a trial.</summary>
    private sealed class WritePath
    {
        public required Func<HttpClient, Task> Setup { get; init; }
        public required Func<int, int, HttpClient, HttpClient, CancellationToken, Task<string?>> Write { get; init; }
        public required Func<int, Task<HashSet<string>>> Stored { get; init; }
    }

    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var provider = Arg("--provider", "sqlite");
        var trials = int.Parse(Arg("--trials", "3"), Inv);
        var clients = int.Parse(Arg("--clients", "8"), Inv);
        var paths = Arg("--paths", "letters,comments,votes,surveys,imports,reports").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var households = int.Parse(Arg("--households", "1500"), Inv);
        var communes = int.Parse(Arg("--communes", "600"), Inv);
        var dll = Path.Combine(StartupBench.FindRoot(), "src/Grassroots.Web/bin/Release/net10.0/Grassroots.Web.dll");
        Console.WriteLine($"kill -9 trials on {provider}: {trials} trials a path, {clients} clients, SIGKILL after ~2 s of load, restart on the same database");
        var summary = new List<(string Path, List<Trial> Trials)>();
        foreach (var path in paths)
        {
            summary.Add((path, await RunPathAsync(dll, provider, path, trials, clients, households, communes)));
        }
        Console.WriteLine();
        Console.WriteLine($"summary ({provider})      trials  acknowledged  found      lost  cut  refused");
        foreach (var (path, list) in summary)
        {
            Console.WriteLine($"  {path,-22} {list.Count(t => t.Ran),6} {list.Sum(t => t.Acknowledged),13:N0} {list.Sum(t => t.Found),6:N0} {list.Sum(t => t.Lost),9:N0} {list.Sum(t => t.Cut),4:N0} {list.Sum(t => t.Refused),8:N0}" +
                $"   per trial (ack/lost/cut): {string.Join("; ", list.Select(t => $"{t.Acknowledged}/{t.Lost}/{t.Cut}"))}");
        }
        return summary.Sum(s => s.Trials.Sum(t => t.Lost)) == 0 ? 0 : 1;
    }

    private static async Task<List<Trial>> RunPathAsync(string dll, string provider, string name, int trials, int clients, int households, int communes)
    {
        var folder = Directory.CreateTempSubdirectory("grassroots-killtrials");
        var pgAdmin = Environment.GetEnvironmentVariable("GRASSROOTS_TEST_PG") ?? "Host=127.0.0.1;Username=grassroots;Password=grassroots;Database=postgres";
        var database = $"gr_killtrials_{name}";
        string connection;
        if (provider == "postgres")
        {
            await using var admin = new NpgsqlConnection(pgAdmin);
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
            connection = new NpgsqlConnectionStringBuilder(pgAdmin) { Database = database, MaxPoolSize = 30 }.ToString();
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
        var path = Build(name, provider, connection, trials, households, communes);
        var results = new List<Trial>();
        var (url, app) = await ReportsBench.StartAsync(dll, env);
        try
        {
            var token = "";
            using (var setup = Client(url, clients))
            {
                token = await BenchAuth.TokenAsync(setup, "admin", "Admin@12345");
                setup.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var watch = Stopwatch.StartNew();
                await Unit(setup, "98", "Tỉnh Thử Nghiệm", "Province", "VN");
                await Unit(setup, "98C01", "Xã Thử Nghiệm", "Commune", "98");
                await path.Setup(setup);
                Console.WriteLine($"{name}: set up in {watch.Elapsed.TotalSeconds:F1} s");
            }
            for (var trial = 0; trial < trials; trial++)
            {
                using var pub = Client(url, clients);
                using var admin = Client(url, clients);
                admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var before = (await path.Stored(trial)).Count;
                var acked = new ConcurrentBag<string>();
                var cut = 0;
                var refused = 0;
                var statuses = new ConcurrentDictionary<string, int>();
                var errors = new ConcurrentDictionary<string, int>();
                var n = -1;
                var killed = false;
                var clock = Stopwatch.StartNew();
                var diedAt = long.MaxValue;
                using var cts = new CancellationTokenSource();
                var t = trial;
                var load = Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
                {
                    while (!cts.IsCancellationRequested)
                    {
                        var i = Interlocked.Increment(ref n);
                        var started = clock.ElapsedTicks;
                        try
                        {
                            var key = await path.Write(t, i, pub, admin, cts.Token);
                            if (key == Exhausted)
                            {
                                break;
                            }
                            if (key is null)
                            {
                                Interlocked.Increment(ref refused);
                            }
                            else
                            {
                                acked.Add(key);
                            }
                        }
                        catch (RefusedException e)
                        {
                            Interlocked.Increment(ref refused);
                            statuses.AddOrUpdate(e.Message, 1, (_, c) => c + 1);
                        }
                        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or JsonException)
                        {
                            // Cut: sent before the app was seen dead. (The kind of error does not tell: a request whose
                            // connection died before any answer is sent again by HttpClient, and then finds no app listening.)
                            var inFlight = started < Interlocked.Read(ref diedAt);
                            if (inFlight)
                            {
                                Interlocked.Increment(ref cut);
                            }
                            errors.AddOrUpdate($"{(inFlight ? "cut" : "after the kill")}: {e.GetType().Name}{(Inner(e) is System.Net.Sockets.SocketException se ? $" ({se.SocketErrorCode})" : "")}",
                                1, (_, c) => c + 1);
                            if (Volatile.Read(ref killed))
                            {
                                break;
                            }
                            await Task.Delay(20, CancellationToken.None);
                        }
                    }
                })));
                // About 2 s of acknowledged load: a path whose first answers are slow (a report submission composes the
                // report it answers) is given until its first acknowledgement, at most 60 s, before the 2 s start.
                var warming = Stopwatch.StartNew();
                while (acked.IsEmpty && !load.IsCompleted && warming.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(20);
                }
                await Task.Delay(TimeSpan.FromSeconds(2));
                var exhaustedBeforeKill = load.IsCompleted;
                Volatile.Write(ref killed, true);
                app.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
                await app.WaitForExitAsync();
                Interlocked.Exchange(ref diedAt, clock.ElapsedTicks);
                cts.Cancel();
                await load;
                (url, app) = await ReportsBench.StartAsync(dll, env);
                var stored = await path.Stored(trial);
                var keys = acked.ToList();
                var found = keys.Count(stored.Contains);
                var lost = keys.Where(k => !stored.Contains(k)).ToList();
                var result = new Trial(keys.Count, found, lost.Count, cut, refused, true);
                results.Add(result);
                Console.WriteLine($"{name} trial {trial + 1}: {keys.Count:N0} acknowledged, {found:N0} found after restart, {lost.Count} lost, {cut} cut by the kill ({stored.Count - before - found} of them stored), {refused} refused" +
                    (statuses.IsEmpty ? "" : $" ({string.Join(", ", statuses.Select(s => $"{s.Key} ×{s.Value}"))})") +
                    (Environment.GetEnvironmentVariable("GRASSROOTS_BENCH_VERBOSE") is null ? "" : $" [{string.Join(", ", errors.Select(s => $"{s.Key} ×{s.Value}"))}; {n + 1} started]") +
                    (exhaustedBeforeKill ? " — the path ran out of work before the kill" : "") +
                    (lost.Count > 0 ? $"; lost keys: {string.Join(", ", lost.Take(10))}" : "") +
                    $"; {stored.Count:N0} stored in all");
                // A token taken before the kill stays valid (the keys are on disk); take a fresh one when it does not.
                using var probe = Client(url, 1);
                probe.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                if ((await probe.GetAsync("/api/v1/units/98")).StatusCode == System.Net.HttpStatusCode.Unauthorized)
                {
                    probe.DefaultRequestHeaders.Authorization = null;
                    token = await BenchAuth.TokenAsync(probe, "admin", "Admin@12345");
                }
            }
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
        return results;
    }

    private static Exception Inner(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }
        return e;
    }

    private sealed class RefusedException(string message) : Exception(message);

    /// <summary>The key of a 2xx answer, or a <see cref="RefusedException"/> naming the status of any other.</summary>
    private static async Task<string> KeyAsync(HttpResponseMessage r, Func<JsonElement?, string> key, CancellationToken ct)
    {
        using (r)
        {
            if (!r.IsSuccessStatusCode)
            {
                var body = await r.Content.ReadAsStringAsync(ct);
                var code = System.Text.RegularExpressions.Regex.Match(body, "\"(?:code|title)\"\\s*:\\s*\"([^\"]{0,60})\"").Groups[1].Value;
                throw new RefusedException($"{(int)r.StatusCode} {code}".Trim());
            }
            var text = await r.Content.ReadAsStringAsync(ct);
            return key(text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone());
        }
    }

    private static WritePath Build(string name, string provider, string connection, int trials, int households, int communes)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", Inv);
        switch (name)
        {
            case "letters":
                return new WritePath
                {
                    Setup = _ => Task.CompletedTask,
                    Write = async (t, i, pub, _, ct) => await KeyAsync(await pub.PostAsJsonAsync("/api/v1/public/petitions",
                        new { unitCode = "98C01", kind = "Reflection", content = $"Đèn chiếu sáng đường liên thôn bị hỏng nhiều ngày (thư {t}-{i})." }, ct),
                        b => b!.Value.GetProperty("trackingCode").GetString()!, ct),
                    Stored = _ => StringsAsync(provider, connection, "SELECT \"TrackingCode\" FROM \"Petition\""),
                };
            case "comments":
            {
                var consultation = Guid.Empty;
                return new WritePath
                {
                    Setup = async http =>
                    {
                        var r = await http.PostAsJsonAsync("/api/v1/consultations", new
                        {
                            unitCode = "98C01", subject = "Other", title = "Dự thảo sửa đổi Luật Đất đai", body = "Dự thảo luật lấy ý kiến Nhân dân.",
                            opensOn = Day(-1), closesOn = Day(30), commenters = "Anyone",
                        });
                        consultation = (await Ok(r)).GetProperty("id").GetGuid();
                    },
                    Write = async (t, i, pub, _, ct) => await KeyAsync(await pub.PostAsJsonAsync($"/api/v1/public/consultations/{consultation}/comments",
                        new { text = $"Ý kiến số {t}-{i}: đề nghị quy định rõ giá đất bồi thường sát giá thị trường.", authorName = $"Người dân {i}" }, ct),
                        b => Norm(b!.Value.GetProperty("id").GetGuid()), ct),
                    Stored = _ => StringsAsync(provider, connection, "SELECT \"Id\" FROM \"ConsultationComments\""),
                };
            }
            case "votes":
            {
                var roll = new (string Id, string Code)[households];
                var matters = new (Guid Id, int Option)[trials];
                return new WritePath
                {
                    Setup = async http =>
                    {
                        await Unit(http, "98C01T01", "Thôn Thử Nghiệm", "ResidentialCommunity", "98C01");
                        await Parallel.ForEachAsync(Enumerable.Range(0, households), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (h, ct) =>
                        {
                            var r = await http.PostAsJsonAsync("/api/v1/decisions/communities/98C01T01/households",
                                new { number = (h + 1).ToString("0000", Inv), representativeName = $"Đại diện hộ {h + 1}" }, ct);
                            var dto = await Ok(r);
                            roll[h] = (Norm(dto.GetProperty("id").GetGuid()), dto.GetProperty("voteCode").GetString()!);
                        });
                        for (var t = 0; t < trials; t++)
                        {
                            var m = await Ok(await http.PostAsJsonAsync("/api/v1/decisions", new
                            {
                                communityCode = "98C01T01", subject = "OtherSelfManaged", question = $"Tổ chức ngày hội đại đoàn kết (lần {t + 1})?",
                                options = new[] { "Đồng ý", "Không đồng ý" }, forms = "Online", onlineAgreed = true, householdsChoosingOnline = households / 2 + 1,
                                opensOn = Day(0), closesOn = Day(10),
                            }));
                            matters[t] = (m.GetProperty("id").GetGuid(), m.GetProperty("options")[0].GetProperty("id").GetInt32());
                        }
                    },
                    Write = async (t, i, pub, _, ct) => i >= households ? Exhausted : await KeyAsync(await pub.PostAsJsonAsync($"/api/v1/public/decisions/{matters[t].Id}/votes",
                        new { householdCode = roll[i].Code, optionId = matters[t].Option }, ct), _ => roll[i].Id, ct),
                    Stored = async t => (await RowsAsync(provider, connection, "SELECT \"MatterId\", \"HouseholdId\" FROM \"DecisionVotes\""))
                        .Where(r => Norm(r[0]) == Norm(matters[t].Id)).Select(r => Norm(r[1])).ToHashSet(),
                };
            }
            case "surveys":
            {
                var code = "";
                return new WritePath
                {
                    Setup = async http =>
                    {
                        var campaign = await Ok(await http.PostAsJsonAsync("/api/v1/surveys/campaigns", new
                        {
                            unitCode = "98C01", title = "Khảo sát mức độ hài lòng", from = Day(-1), to = Day(30), targetSample = 1_000_000,
                        }));
                        code = campaign.GetProperty("publicCode").GetString()!;
                    },
                    Write = async (t, i, pub, _, ct) =>
                    {
                        var marker = $"k{t}-{i}";
                        var answers = new Dictionary<string, string>();
                        for (var e = 0; e < 5; e++)
                        {
                            answers[(4 * e + 1).ToString(Inv)] = "1";
                            answers[(4 * e + 2).ToString(Inv)] = (1 + i % 5).ToString(Inv);
                            answers[(4 * e + 3).ToString(Inv)] = (1 + (i / 5) % 5).ToString(Inv);
                        }
                        answers["21"] = marker;
                        return await KeyAsync(await pub.PostAsJsonAsync($"/api/v1/public/surveys/{code}/responses",
                            new { answers, channel = "Qr", deviceToken = $"kill-device-{marker}-{Guid.NewGuid():N}" }, ct), _ => marker, ct);
                    },
                    Stored = async _ => (await StringsAsync(provider, connection, "SELECT \"Answers\" FROM \"SurveyResponses\""))
                        .Select(a => a.Split('\n').FirstOrDefault(l => l.StartsWith("21=", StringComparison.Ordinal))?[3..])
                        .OfType<string>().ToHashSet(),
                };
            }
            case "imports":
            {
                var sample = File.ReadAllText(Path.Combine(StartupBench.FindRoot(), "docs/samples/reports/bao-cao-qcdc-dam-rong-6-thang-2022.txt"));
                var head = sample[..Math.Min(sample.Length, 2500)];
                return new WritePath
                {
                    Setup = _ => Task.CompletedTask,
                    Write = async (t, i, _, admin, ct) =>
                    {
                        var text = $"{head}\n\nGhi chú lưu trữ: bản nhập thử {t}-{i}.\n";
                        using var form = new MultipartFormDataContent
                        {
                            { new StringContent("98C01"), "unitCode" },
                            { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", $"bao-cao-{t}-{i}.txt" },
                        };
                        return await KeyAsync(await admin.PostAsync("/api/v1/legacy-reports", form, ct), b => Norm(b!.Value.GetProperty("id").GetGuid()), ct);
                    },
                    Stored = _ => StringsAsync(provider, connection, "SELECT \"Id\" FROM \"LegacyReports\""),
                };
            }
            case "reports":
            {
                var codes = Enumerable.Range(1, communes).Select(c => $"98R{c:0000}").ToList();
                var periods = new Guid[trials];
                return new WritePath
                {
                    Setup = async http =>
                    {
                        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (c, _) =>
                            await Unit(http, c, $"Xã Báo Cáo {c[3..]}", "Commune", "98"));
                        for (var t = 0; t < trials; t++)
                        {
                            var p = await Ok(await http.PostAsJsonAsync("/api/v1/reports/periods", new
                            {
                                templateKey = "dan-van-chinh-quyen", unitCode = "98", title = $"Báo cáo 6 tháng đầu năm 2024 (lần {t + 1})",
                                from = "2024-01-01", to = "2024-06-30", dueOn = "2024-07-15", recipient = "Bộ Nội vụ", unitCodes = codes,
                            }));
                            periods[t] = p.GetProperty("id").GetGuid();
                        }
                    },
                    Write = async (t, i, _, admin, ct) => i >= codes.Count ? Exhausted : await KeyAsync(
                        await admin.PostAsync($"/api/v1/reports/periods/{periods[t]}/units/{codes[i]}/submit", null, ct), _ => codes[i], ct),
                    Stored = async t => (await RowsAsync(provider, connection,
                            "SELECT r.\"PeriodId\", u.\"Code\" FROM \"UnitReports\" r JOIN \"Units\" u ON u.\"Id\" = r.\"UnitId\" WHERE r.\"Status\" = 'Submitted'"))
                        .Where(r => Norm(r[0]) == Norm(periods[t])).Select(r => (string)r[1]).ToHashSet(),
                };
            }
            default:
                throw new ArgumentException($"unknown path {name} (letters, comments, votes, surveys, imports, reports)");
        }
    }

    private static string Norm(object value) => value is Guid g ? g.ToString() : Guid.TryParse(value.ToString(), out var p) ? p.ToString() : value.ToString()!;

    private static async Task<JsonElement> Ok(HttpResponseMessage r)
    {
        using (r)
        {
            var text = await r.Content.ReadAsStringAsync();
            if (!r.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{r.RequestMessage?.Method} {r.RequestMessage?.RequestUri?.PathAndQuery}: {(int)r.StatusCode} {text}");
            }
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    private static async Task Unit(HttpClient http, string code, string name, string kind, string parent) =>
        await Ok(await http.PostAsJsonAsync("/api/v1/units", new { code, name, kind, parentCode = parent, validFrom = "2019-01-01" }));

    private static async Task<HashSet<string>> StringsAsync(string provider, string connection, string sql) =>
        (await RowsAsync(provider, connection, sql)).Select(r => Norm(r[0])).ToHashSet();

    private static async Task<List<object[]>> RowsAsync(string provider, string connection, string sql)
    {
        await using DbConnection db = provider == "postgres" ? new NpgsqlConnection(connection) : new SqliteConnection(connection);
        await db.OpenAsync();
        await using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    private static HttpClient Client(string url, int connections) => StartupBench.BehindProxy(
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) });
}
