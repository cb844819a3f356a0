using System.Net;
using Grassroots.Tests.Indicators;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.OneStop;
using Grassroots.Web.Platform.Audit;
using static Grassroots.Tests.OneStop.OneStopRecords;

namespace Grassroots.Tests.OneStop;

/// <summary>
/// The one-stop statistics imported as a province's software exports them, and computed from a dossier list; the rates as
/// QĐ 766/QĐ-TTg computes them — "tỷ lệ" as a ratio of sums, never an average — rolled up through the tree and the 2025 lineage.
/// Periods in 2019: before the demo's figures, so only what a test imports counts.
/// </summary>
public sealed class OneStopImportTests
{
    private static Task<Dictionary<string, decimal?>> ValuesAsync(HttpClient api, string unit, string from, string to) =>
        IndicatorsApiTests.ValuesAsync(api, unit, from, to);

    private static Task<int> FiguresAsync(GrassrootsApp app) => app.DbAsync(db => db.Set<OneStopFigures>().CountAsync());

    [Theory, Providers]
    public async Task A_province_imports_a_year_of_statistics_from_an_export_with_title_rows_a_two_row_header_and_Vietnamese_numbers(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        // As the software exports it: a merged title, the period line, a two-row header ("Đã giải quyết" over "Trước hạn | Đúng hạn | Quá hạn"),
        // a numbering row, counts typed as Vietnamese text ("1.200") and printed rates ("70,41 %"), a total row at the end.
        var rows = new List<object?[]>
        {
            new object?[] { "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2019" },
            new object?[] { "(Kèm theo Báo cáo số 12/BC-UBND)" },
            new object?[] { "Mã đơn vị", "Tên đơn vị", "Tháng", "Kỳ trước chuyển qua", "Tiếp nhận mới", null, null, "Đã giải quyết", null, null, "Đang giải quyết", null,
                "Trả lại, bổ sung, từ chối", "Tỷ lệ trực tuyến (%)" },
            new object?[] { null, null, null, null, "Trực tuyến", "Bưu chính", "Trực tiếp", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn", null, null },
            new object?[] { "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)", "(14)" },
        };
        for (var m = 1; m <= 12; m++)
        {
            // Rô Men: 100 a month, 30 online; Liêng S'rônh: 1.200 a month, 900 online. Early 10 / on time 80 / late 5 and 100 / 1.000 / 50.
            rows.Add(["24901", "Xã Rô Men", $"{m:00}/2019", m == 1 ? 0 : 5, 30, 0, 70, 10, 80, 5, 5, 0, m == 1 ? 0 : 5, "30 %"]);
            rows.Add(["24904", "Xã Liêng S'rônh", $"{m:00}/2019", m == 1 ? 0 : 50, "900", 0, "300", 100, "1.000", 50, 50, 0, m == 1 ? 0 : 50, "75,00 %"]);
        }
        rows.Add([null, "Tổng cộng", null, null, 11160, 0, 4440, 1320, 12960, 660, 55, 0, 660, null]);
        var response = await UploadAsync(api, "68", Xlsx(rows), "thong-ke-2019.xlsx");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var result = await response.ReadAsync<OneStopImportResult>();
        Assert.Equal(24, result.Figures);
        Assert.Equal(2, result.Units);

        var romen = await ValuesAsync(api, "24901", "2019-01-01", "2019-12-31");
        Assert.Equal(1200m, romen["onestop.received"]);          // nothing carried into January, 12 × 100 new
        Assert.Equal(360m, romen["onestop.online"]);
        Assert.Equal(30m, romen["onestop.online_rate"]);
        Assert.Equal(1140m, romen["onestop.resolved"]);
        Assert.Equal(1080m, romen["onestop.on_time"]);           // early and on time, as the reports count them
        Assert.Equal(120m, romen["onestop.early"]);
        Assert.Equal(94.74m, romen["onestop.on_time_rate"]);
        Assert.Equal(5m, romen["onestop.pending"]);              // December's, not twelve months added up
        // The district: a ratio of the sums (30 % and 75 % give 11.160 / 15.600 = 71,54 %, not their mean 52,5 %).
        var district = await ValuesAsync(api, "675", "2019-01-01", "2019-12-31");
        Assert.Equal(15600m, district["onestop.received_new"]);
        Assert.Equal(71.54m, district["onestop.online_rate"]);
        Assert.Equal(95.58m, district["onestop.on_time_rate"]);  // (1.080 + 13.200) / (1.140 + 13.800) = 14.280 / 14.940
        // Merged on 1/7/2025 into the new Xã Rô Men (24971): their history counts under it; and under the province.
        Assert.Equal(district["onestop.received"], (await ValuesAsync(api, "24971", "2019-01-01", "2019-12-31"))["onestop.received"]);
        Assert.Equal(district["onestop.online_rate"], (await ValuesAsync(api, "68", "2019-01-01", "2019-12-31"))["onestop.online_rate"]);
        // One quarter: the figures of its months only.
        Assert.Equal(300m, (await ValuesAsync(api, "24901", "2019-01-01", "2019-03-31"))["onestop.received"] - 0m);
        // The dashboard: the units with the most overdue dossiers, and the online share month by month.
        var dashboard = await (await api.GetAsync("/api/v1/onestop/dashboard?unit=675&from=2019-01-01&to=2019-12-31")).ReadAsync<OneStopDashboard>();
        Assert.Empty(dashboard.Overdue);
        Assert.Equal(12, dashboard.Trend.Count);
        Assert.Equal(71.54m, dashboard.Trend[0].Rate);
    }

    [Theory, Providers]
    public async Task The_seed_figures_come_back_from_an_imported_file(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        // "Cấp xã tiếp nhận 29.264 hồ sơ (trực tuyến 20.607 ...)": one commune's figures in a CSV, thousands with dots.
        (await UploadAsync(api, "24901", Csv([new Row("24901", "01/01/2019", "30/06/2019", 0, 20607, 0, 8657, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)]), "xa.csv"))
            .EnsureSuccessStatusCode();
        var commune = await ValuesAsync(api, "24901", "2019-01-01", "2019-06-30");
        Assert.Equal(29264m, commune["onestop.received"]);
        Assert.Equal(20607m, commune["onestop.online"]);
        // 20.607 / 29.264 = 70,4175…: rounded 70,42 % (the seed prints 70,41 %, cut rather than rounded).
        Assert.Equal(70.42m, commune["onestop.online_rate"]);

        // Đam Rông, six months: "tiếp nhận là 7.554 hồ sơ, đã giải quyết 7.088 hồ sơ ... đúng hạn 7029 hồ sơ (tỷ lệ 99,17%), quá hạn
        // 59 hồ sơ (tỷ lệ 0,83%), hồ sơ chưa giải quyết 216 hồ sơ (250 hồ sơ không đủ điều kiện giải quyết, tạm dừng và bị hủy)".
        await ImportDamRongAsync(api, "675", ["24904", "24907"], "01/07/2019", "31/12/2019");
        var district = await ValuesAsync(api, "675", "2019-07-01", "2019-12-31");
        Assert.Equal(7554m, district["onestop.received"]);
        Assert.Equal(7088m, district["onestop.resolved"]);
        Assert.Equal(7029m, district["onestop.on_time"]);
        Assert.Equal(99.17m, district["onestop.on_time_rate"]);
        Assert.Equal(59m, district["onestop.late"]);
        Assert.Equal(0.83m, district["onestop.late_rate"]);
        Assert.Equal(216m, district["onestop.pending"]);
        Assert.Equal(250m, district["onestop.not_eligible"]);
    }

    /// <summary>Seven dossiers of a commune over three months of 2019, and what they make month by month (worked by hand).</summary>
    private static readonly object?[][] Dossiers =
    [
        ["Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Kênh", "Trạng thái", "Đã số hóa", "Kết quả đã số hóa", "Có phí",
            "Thanh toán trực tuyến (có/không)"],
        ["H1", "1.001", "Đăng ký khai sinh", "02/01/2019", "10/01/2019", "08/01/2019", "Trực tiếp", "Đã giải quyết", "Không", "Không", "Không", "Không"], // early
        // Due on Saturday 5/1: runs to Monday 7/1 (BLDS Điều 148), so settled on the 7th is on time, not late.
        ["H2", "1.002", "Chứng thực bản sao", "03/01/2019", "05/01/2019", "07/01/2019", "Trực tuyến", "Đã giải quyết", "", "", "", ""],
        ["H3", "1.003", "Đăng ký kết hôn", "10/01/2019", "15/01/2019", "16/01/2019", "Trực tuyến", "Đã giải quyết", "", "Có", "Có", "Có"],       // late
        ["H4", "1.004", "Cấp giấy phép", "20/01/2019", "20/02/2019", "18/02/2019", "Bưu chính", "Đã giải quyết", "", "", "", ""],               // early in February
        ["H5", "1.005", "Đăng ký thường trú", "25/01/2019", "28/01/2019", "", "Trực tiếp", "Đang giải quyết", "", "", "", ""],                    // overdue from January
        ["H6", "1.006", "Đăng ký khai tử", "11/02/2019", "20/02/2019", "12/02/2019", "Trực tuyến", "Trả lại", "", "", "", ""],                    // returned
        // Due on Sunday 10/3: runs to Monday 11/3.
        ["H7", "1.007", "Đăng ký giám hộ", "01/03/2019", "10/03/2019", "11/03/2019", "Trực tiếp", "Đã giải quyết", "Có", "", "", ""],
    ];

    [Theory, Providers]
    public async Task A_dossier_list_and_the_statistics_of_the_same_dossiers_give_the_same_figures(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var byDossiers = await UploadAsync(api, "24901", Xlsx(Dossiers), "ho-so-quy-1.xlsx", "dossiers");
        Assert.True(byDossiers.IsSuccessStatusCode, await byDossiers.Content.ReadAsStringAsync());
        Assert.Equal(3, (await byDossiers.ReadAsync<OneStopImportResult>()).Figures);
        // The same dossiers as the one-stop software's monthly statistics, for Liêng S'rônh.
        Row Month(string m, string end, params int[] counts) => new("24904", $"01/{m}/2019", $"{end}/{m}/2019", counts);
        (await UploadAsync(api, "24904", Csv(
        [
            //   carried online post counter early ontime late pendIn pendOver returned digRec digRes payable paid
            Month("01", "31", 0, 2, 1, 2, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1),
            Month("02", "28", 2, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0),
            Month("03", "31", 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0),
        ]), "thong-ke-quy-1.csv")).EnsureSuccessStatusCode();
        var a = await ValuesAsync(api, "24901", "2019-01-01", "2019-03-31");
        var b = await ValuesAsync(api, "24904", "2019-01-01", "2019-03-31");
        foreach (var key in a.Keys.Where(k => k.StartsWith("onestop.", StringComparison.Ordinal)))
        {
            Assert.True(a[key] == b[key], $"{key}: {a[key]} by dossiers, {b[key]} by statistics");
        }
        Assert.Equal(7m, a["onestop.received"]);
        Assert.Equal(5m, a["onestop.resolved"]);
        Assert.Equal(80m, a["onestop.on_time_rate"]);   // H1, H2, H4, H7 of five settled
        Assert.Equal(1m, a["onestop.pending_overdue"]); // H5, still open at the end of March
        // Month by month too.
        foreach (var (from, to) in new[] { ("2019-01-01", "2019-01-31"), ("2019-02-01", "2019-02-28"), ("2019-03-01", "2019-03-31") })
        {
            var x = await ValuesAsync(api, "24901", from, to);
            var y = await ValuesAsync(api, "24904", from, to);
            Assert.All(x.Keys.Where(k => k.StartsWith("onestop.", StringComparison.Ordinal)), k => Assert.True(x[k] == y[k], $"{from} {k}: {x[k]} ≠ {y[k]}"));
        }
    }

    [Theory, Providers]
    public async Task A_period_imported_again_is_replaced_and_the_upload_is_audited(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var first = Csv([new Row("24901", "01/01/2019", "31/01/2019", 0, 10, 0, 90, 0, 80, 0, 20, 0, 0, 0, 0, 0, 0)]);
        (await UploadAsync(api, "675", first, "t1.csv")).EnsureSuccessStatusCode();
        var again = Csv([new Row("24901", "01/01/2019", "31/01/2019", 0, 40, 0, 60, 0, 90, 0, 10, 0, 0, 0, 0, 0, 0)]);
        var result = await (await UploadAsync(api, "675", again, "t1-sua.csv")).ReadAsync<OneStopImportResult>();
        Assert.Equal(1, result.Replaced);
        var values = await ValuesAsync(api, "24901", "2019-01-01", "2019-01-31");
        Assert.Equal(100m, values["onestop.received"]);
        Assert.Equal(40m, values["onestop.online_rate"]);
        var romen = await app.DbAsync(db => db.Units.FirstAsync(u => u.Code == "24901"));
        Assert.Equal(1, await app.DbAsync(db => db.Set<OneStopFigures>().CountAsync(f => f.From == new DateOnly(2019, 1, 1) && f.UnitId == romen.Id)));
        var audited = await app.DbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == nameof(OneStopImport)).Select(e => e.After).ToListAsync());
        Assert.Contains(audited, a => a != null && a.Contains("t1-sua.csv", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task Bad_files_are_refused_whole_with_each_wrong_cell_named_in_Vietnamese_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var before = await FiguresAsync(app);

        async Task RefusedAsync(HttpResponseMessage response, string cell, string words)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.ProblemAsync();
            Assert.Contains("không có số liệu nào được lưu", problem.GetProperty("title").GetString());
            var errors = problem.GetProperty("errors").EnumerateArray()
                .Select(e => $"{e.GetProperty("sheet").GetString()}!{e.GetProperty("column").GetString()}{e.GetProperty("row").GetInt32()}: {e.GetProperty("message").GetString()}").ToList();
            Assert.True(errors.Any(e => e.StartsWith(cell, StringComparison.Ordinal) && e.Contains(words, StringComparison.Ordinal)), string.Join("\n", errors));
        }

        // Columns that are not the layout.
        await RefusedAsync(await UploadAsync(api, "675", Csv([new Row("24901", "01/01/2019", "31/01/2019", 1, 2, 3)], ["Mã đơn vị", "Tên", "Từ ngày", "Đến ngày", "A", "B", "C"]), "x.csv"),
            "x.csv!A2", "thiếu cột");
        // Settled more than received (row 3 of the CSV: the title, the header, then the row).
        var rows = new List<Row>
        {
            new("24901", "01/01/2019", "31/01/2019", 0, 0, 0, 10, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0),
            new("68", "01/01/2019", "31/01/2019", 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),           // the province is not in the district
            new("24904", "01/11/2026", "30/11/2026", 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),       // ends after today (23/11/2026)
        };
        await RefusedAsync(await UploadAsync(api, "675", Csv(rows), "sai.csv"), "sai.csv!J3", "đã giải quyết lớn hơn số hồ sơ tiếp nhận");
        await RefusedAsync(await UploadAsync(api, "675", Csv(rows), "sai.csv"), "sai.csv!A4", "không thuộc Huyện Đam Rông");
        await RefusedAsync(await UploadAsync(api, "675", Csv(rows), "sai.csv"), "sai.csv!D5", "sau hôm nay");
        // A printed rate over 100 %, a count that is no number.
        var bad = new List<object?[]>
        {
            new object?[] { "Mã đơn vị", "Tháng", "Tiếp nhận trực tuyến", "Tiếp nhận trực tiếp", "Đúng hạn", "Đã giải quyết quá hạn", "Tỷ lệ đúng hạn" },
            new object?[] { "24901", "01/2019", "5", "nhiều", 1, 0, "120 %" },
        };
        var refused = await UploadAsync(api, "675", Xlsx(bad), "sai.xlsx");
        await RefusedAsync(refused, "Thống kê!G2", "từ 0 đến 100 %");
        await RefusedAsync(await UploadAsync(api, "675", Xlsx(bad), "sai.xlsx"), "Thống kê!D2", "không phải số hồ sơ");
        // Not a spreadsheet at all; in English on request.
        await RefusedAsync(await UploadAsync(api, "675", "%PDF-1.4"u8.ToArray(), "x.pdf"), "!A1", "không phải bảng tính");
        await RefusedAsync(await UploadAsync(api, "675", "%PDF-1.4"u8.ToArray(), "x.csv"), "x.csv!A1", "không theo mẫu");
        var english = await (await api.PostAsync("/api/v1/onestop/statistics?lang=en", Multipart("675", Xlsx(bad), "sai.xlsx"))).ProblemAsync();
        Assert.Contains("nothing was saved", english.GetProperty("title").GetString());
        // A district officer cannot import for another district's commune; nothing changed throughout.
        using var officer = await app.ApiAsync("cb.romen");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(officer, "675", Csv(rows.Take(0)), "x.csv")).StatusCode);
        Assert.Equal(before, await FiguresAsync(app));
        // A dossier list with a settled day before its day received, an unknown channel.
        var dossiers = Dossiers.Take(2).Append(["H9", "1", "X", "10/01/2019", "15/01/2019", "09/01/2019", "Fax", "Đã giải quyết", "", "", "", ""]).ToArray();
        var list = await UploadAsync(api, "24901", Xlsx(dossiers), "hs.xlsx", "dossiers");
        await RefusedAsync(list, "Thống kê!F3", "trước ngày tiếp nhận");
        await RefusedAsync(await UploadAsync(api, "24901", Xlsx(dossiers), "hs.xlsx", "dossiers"), "Thống kê!G3", "Fax");
        Assert.Equal(before, await FiguresAsync(app));
    }

    [Theory, Providers]
    public async Task The_README_sample_files_import_as_documented(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var statistics = await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "docs", "samples", "onestop-statistics.csv"));
        var response = await UploadAsync(api, "675", statistics, "onestop-statistics.csv");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(6, (await response.ReadAsync<OneStopImportResult>()).Figures);
        var dossiers = await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "docs", "samples", "onestop-dossiers.csv"));
        response = await UploadAsync(api, "675", dossiers, "onestop-dossiers.csv", "dossiers");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var january = await ValuesAsync(api, "24901", "2025-01-01", "2025-01-31");
        Assert.Equal(5m, january["onestop.received"]);
        Assert.Equal(3m, january["onestop.resolved"]);
        Assert.Equal(1m, january["onestop.early"]);           // the marriage, a day before its due day
        Assert.Equal(0m, january["onestop.late"]);            // the copy was due on Saturday 4/1: Monday 6/1 is on time
        Assert.Equal(1m, january["onestop.pending_overdue"]); // the residence registration, due 17/1, still open on 31/1
        Assert.Equal(1m, january["onestop.not_eligible"]);
    }

    [Theory, Providers]
    public async Task Overdue_dossiers_of_the_last_month_wait_on_the_landing_page_and_the_figures_download_as_a_workbook(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        using var officer = await PageClient.SignInAsync(app, "cb.romen");
        var romen = await app.DbAsync(db => db.Units.FirstAsync(u => u.Code == "24971"));
        var demo = await app.DbAsync(db => db.Set<OneStopFigures>().Where(f => f.UnitId == romen.Id && f.From == new DateOnly(2026, 10, 1)).SumAsync(f => f.PendingOverdue));
        var before = Home.MyWorkTests.Count(await officer.Client.GetStringAsync("/"), "onestop-overdue");
        // October 2026 (the clock stands at 23/11/2026): 7 dossiers overdue at the new Xã Rô Men's counter at the month's end.
        (await UploadAsync(api, "24971", Csv([new Row("24971", "01/10/2026", "31/10/2026", 0, 10, 0, 90, 0, 80, 0, 3, 7, 0, 0, 0, 0, 0)]), "thang-10.csv"))
            .EnsureSuccessStatusCode();
        Assert.Equal(before - demo + 7, Home.MyWorkTests.Count(await officer.Client.GetStringAsync("/"), "onestop-overdue"));

        var register = await api.GetAsync("/api/v1/onestop/register.xlsx?unit=24971&from=2026-10-01&to=2026-10-31");
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        using var stream = new MemoryStream(await register.Content.ReadAsByteArrayAsync());
        var cells = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).ToList();
        Assert.Contains(cells, c => Equals(c, "XÃ RÔ MEN"));
        Assert.Contains(cells, c => c is double d && d == 7); // overdue
        Assert.Contains(cells, c => c is double d && d == 10); // online
    }

    private static MultipartFormDataContent Multipart(string unitCode, byte[] file, string name)
    {
        var content = new MultipartFormDataContent { { new StringContent(unitCode), "unitCode" } };
        content.Add(new ByteArrayContent(file), "file", name);
        return content;
    }
}
