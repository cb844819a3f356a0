using System.Net;
using System.Text;
using Grassroots.Import.Diacritics;
using Grassroots.Tests.Import;
using Grassroots.Tests.Indicators;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Indicators;
using Grassroots.Web.Modules.LegacyReports;
using static Grassroots.Tests.LegacyReports.LegacyReportRecords;

namespace Grassroots.Tests.LegacyReports;

/// <summary>
/// A district reads its past reports back (issue 18): the two seed reports and a copy of one that lost its marks and
/// gained OCR errors are uploaded, reviewed and accepted; their figures enter the indicators of 2022 marked as imported,
/// never in place of a figure computed from records; files that are not reports are refused with nothing stored.
/// </summary>
public sealed class LegacyReportsTests
{
    private const string District = "675";

    [Theory, Providers]
    public async Task A_district_uploads_its_2022_report_and_a_damaged_copy_reviews_accepts_and_the_half_year_shows_the_figures(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("vp.damrong");
        var before = await IndicatorsApiTests.ValuesAsync(api, District, "2022-01-01", "2022-06-30");

        var report = await UploadSeedAsync(api, District, ImportScoring.HeldOut);
        Assert.Equal(LegacyReportStatus.Review, report.Status);
        Assert.False(report.Restored);
        Assert.Equal(("Báo cáo", "05-BC/BCD", new DateOnly(2022, 6, 22)), (report.DocumentType, report.DocumentNumber, report.DateOfIssue));
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 6, 30)), (report.PeriodFrom, report.PeriodTo));
        Assert.Equal("Trương Hữu Đồng", report.SignerName);
        var received = report.Figures.Single(f => f.Key == "onestop.received");
        Assert.Equal((7554m, "7.554 hồ sơ", District, true), (received.Value, received.Quote, received.UnitCode, received.Include));
        Assert.Equal("7.554 hồ sơ", report.Text.Substring(received.Start, received.Length));
        Assert.False(report.Figures.Single(f => f.Key == "onestop.on_time_rate").Include); // a rate is recomputed from its parts

        // The officer corrects one figure (the 89 letters were 90) and leaves the breakdown of the Front's sessions out.
        var letters = report.Figures.Single(f => f.Key == "petitions.letters");
        var saved = await SaveAsync(api, report, Review(report, f => f.Id == letters.Id
            ? new FigureReview(f.Id, true, f.Key, 90, f.UnitCode, f.From, f.To)
            : new FigureReview(f.Id, f.Include, f.Key, f.Value, f.UnitCode, f.From, f.To)));
        report = await saved.ReadAsync<LegacyReportDto>();
        Assert.Equal(90m, report.Figures.Single(f => f.Id == letters.Id).Value);

        var outcome = await (await AcceptAsync(api, report.Id, report.Version)).ReadAsync<AcceptOutcome>();
        Assert.Equal(report.Figures.Count(f => f.Include), outcome.Stored + outcome.ReplacedEntered + outcome.ComputedKept);
        var after = await IndicatorsApiTests.ValuesAsync(api, District, "2022-01-01", "2022-06-30");
        // Where the platform kept no records for the half-year, the report's figure is the indicator; where it did, its own stands.
        foreach (var f in report.Figures.Where(f => f.Include))
        {
            if ((before.GetValueOrDefault(f.Key!) ?? 0) == 0) Assert.Equal(f.Id == letters.Id ? 90m : f.Value, after[f.Key!]);
            else Assert.Equal(before[f.Key!], after[f.Key!]);
        }
        // Marked as imported from the report.
        var stored = await app.DbAsync(db => db.Set<IndicatorValue>().Where(v => v.SourceDocumentId == report.Id).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, v => Assert.Equal(ValueOrigin.Imported, v.Origin));
        var accepted = await (await api.GetAsync($"/api/v1/legacy-reports/{report.Id}")).ReadAsync<LegacyReportDto>();
        Assert.Equal(LegacyReportStatus.Accepted, accepted.Status);
        Assert.All(accepted.Figures, f => Assert.NotNull(f.Outcome));
        // An accepted report is not changed again.
        Assert.Equal(HttpStatusCode.Conflict, (await SaveAsync(api, accepted, Review(accepted))).StatusCode);

        // The same report, its marks stripped and OCR errors added, as a scan's text: restored, and its figures found in place.
        var damaged = RestorationScore.Damage(ImportScoring.Load(ImportScoring.HeldOut).Text, 0.05, seed: 3);
        var copy = await (await UploadAsync(api, District, Encoding.UTF8.GetBytes(damaged), "bao-cao-scan.txt")).ReadAsync<LegacyReportDto>();
        Assert.True(copy.Restored);
        Assert.NotEmpty(copy.Changes);
        Assert.Contains("Kết quả", copy.RestoredText, StringComparison.Ordinal);
        var copied = copy.Figures.Single(f => f.Key == "onestop.received");
        Assert.Equal((7554m, "7.554 ho so"), (copied.Value, copy.Text.Substring(copied.Start, copied.Length)));

        // The Bình Sơn report goes to its own district; the list is searched without marks.
        using var admin = await app.ApiAsync("admin");
        await UploadSeedAsync(admin, "522", ImportScoring.Tuning);
        var found = await (await api.GetAsync("/api/v1/legacy-reports?q=dam%20rong")).ReadAsync<List<LegacyReportRow>>();
        Assert.Equal(2, found.Count);
        Assert.Empty(await (await api.GetAsync("/api/v1/legacy-reports?q=binh%20son")).ReadAsync<List<LegacyReportRow>>()); // not in Đam Rông's reach
        Assert.Single(await (await admin.GetAsync("/api/v1/legacy-reports?q=quang%20ngai")).ReadAsync<List<LegacyReportRow>>());
        var file = await api.GetAsync($"/api/v1/legacy-reports/{report.Id}/file");
        Assert.Equal(ImportScoring.Load(ImportScoring.HeldOut).Bytes, await file.Content.ReadAsByteArrayAsync());
    }

    [Theory, Providers]
    public async Task Files_that_are_not_reports_are_refused_in_Vietnamese_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("vp.damrong");
        var english = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The district met the people and answered their letters on time. ", 40)));
        var refused = await UploadAsync(api, District, english, "report.txt");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.ProblemAsync();
        Assert.Contains("report.txt", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("không giống một báo cáo tiếng Việt", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var inEnglish = await (await api.PostAsync("/api/v1/legacy-reports?lang=en", Multipart(District, english, "report.txt"))).ProblemAsync();
        Assert.Contains("does not look like a Vietnamese report", inEnglish.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(api, District, [.. "PK\u0003\u0004"u8.ToArray(), .. new byte[300]], "hong.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(api, District, [], "rong.txt")).StatusCode);
        var huge = await UploadAsync(api, District, new byte[60 << 20], "qua-lon.pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("quá lớn", (await huge.ProblemAsync()).GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(api, "", english, "x.txt")).StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.Set<LegacyReport>().CountAsync()));
    }

    [Theory, Providers]
    public async Task A_review_with_a_wrong_value_is_refused_whole_and_of_two_officers_the_second_gets_409(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("vp.damrong");
        var report = await UploadSeedAsync(api, District, ImportScoring.HeldOut);
        var rate = report.Figures.Single(f => f.Key == "onestop.on_time_rate");
        var over = await SaveAsync(api, report, Review(report, f => new FigureReview(f.Id, f.Include, f.Key, f.Id == rate.Id ? 199.17m : f.Value, f.UnitCode, f.From, f.To)));
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("100%", (await over.ProblemAsync()).GetRawText(), StringComparison.Ordinal);
        var unknown = await SaveAsync(api, report, Review(report, f => new FigureReview(f.Id, f.Include, f.Id == rate.Id ? "no.such_key" : f.Key, f.Value, f.UnitCode, f.From, f.To)));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var backwards = await SaveAsync(api, report, Review(report) with { PeriodFrom = new DateOnly(2022, 7, 1), PeriodTo = new DateOnly(2022, 1, 1) });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        var outside = await SaveAsync(api, report, Review(report, f => new FigureReview(f.Id, f.Include, f.Key, f.Value, "522", f.From, f.To)));
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode); // Bình Sơn is not Đam Rông's
        var unchanged = await (await api.GetAsync($"/api/v1/legacy-reports/{report.Id}")).ReadAsync<LegacyReportDto>();
        Assert.Equal(report.Version, unchanged.Version);
        Assert.Equal(report.Figures.Select(f => (f.Value, f.Key, f.UnitCode)), unchanged.Figures.Select(f => (f.Value, f.Key, f.UnitCode)));

        // Two officers accept the same version at once: one wins, the other is told it changed.
        using var second = await app.ApiAsync("vp.damrong");
        var clients = new[] { api, second };
        var results = await app.Race.RunAsync(2, i => AcceptAsync(clients[i], report.Id, report.Version));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Order());
    }

    private static MultipartFormDataContent Multipart(string unit, byte[] file, string name)
    {
        var content = new MultipartFormDataContent { { new StringContent(unit), "unitCode" }, { new ByteArrayContent(file), "file", name } };
        return content;
    }
}
