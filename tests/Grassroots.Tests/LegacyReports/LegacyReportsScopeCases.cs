using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Import;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.LegacyReports;
using static Grassroots.Tests.LegacyReports.LegacyReportRecords;

namespace Grassroots.Tests.LegacyReports;

/// <summary>The unit-scope cases of the LegacyReports module (Platform/UnitScopeEveryEndpointTests): every endpoint and page.</summary>
public sealed class LegacyReportsScopeCases : ScopeCases
{
    private const string FileOfB = "bao-cao-cua-b.txt";

    private static byte[] ReportOfB => ImportScoring.Load(ImportScoring.HeldOut).Bytes;

    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var report = await (await UploadAsync(b.Admin, b.HolderCode, ReportOfB, FileOfB)).ReadAsync<LegacyReportDto>();
        b.Set("legacy.report", report.Id);
        b.Set("legacy.version", report.Version);
    }

    public override async Task PageFormsAsync(PageClient a, ScopeTarget b)
    {
        var upload = await a.PostMultipartAsync("/legacy-reports", [new("ImportUnit", b.HolderCode)], [("Uploads", "x.txt", ReportOfB)], "/legacy-reports");
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        var id = b.Id("legacy.report");
        foreach (var handler in new[] { "", "?handler=Accept" })
        {
            var response = await a.PostFormAsync($"/legacy-reports/{id}{handler}", new Dictionary<string, string> { ["Version"] = b.Get<int>("legacy.version").ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/legacy-reports");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.GetAsync($"/legacy-reports/{id}?handler=file")).StatusCode);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["POST /api/v1/legacy-reports/"] = (c, b) => Denied(UploadAsync(c, b.HolderCode, ReportOfB, "x.txt")),
        ["GET /api/v1/legacy-reports/"] = async (c, b) =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await c.GetAsync($"/api/v1/legacy-reports?unit={b.HolderCode}")).StatusCode);
            var mine = await (await c.GetAsync("/api/v1/legacy-reports")).ReadAsync<List<LegacyReportRow>>();
            Assert.DoesNotContain(mine, r => r.Id == b.Id("legacy.report"));
        },
        ["GET /api/v1/legacy-reports/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/legacy-reports/{b.Id("legacy.report")}")),
        ["GET /api/v1/legacy-reports/{id:guid}/file"] = (c, b) => Denied(c.GetAsync($"/api/v1/legacy-reports/{b.Id("legacy.report")}/file")),
        ["PUT /api/v1/legacy-reports/{id:guid}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/legacy-reports/{b.Id("legacy.report")}",
            new { version = b.Get<int>("legacy.version"), figures = Array.Empty<object>() })),
        ["POST /api/v1/legacy-reports/{id:guid}/accept"] = (c, b) => Denied(AcceptAsync(c, b.Id("legacy.report"), b.Get<int>("legacy.version"))),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/legacy-reports"] = PageCase.Hides(_ => "/legacy-reports", _ => FileOfB),
        ["/legacy-reports/{id:guid}"] = PageCase.Refused(b => $"/legacy-reports/{b.Id("legacy.report")}"),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) => string.Join("|",
        await db.Set<LegacyReport>().CountAsync(), await db.Set<LegacyReport>().CountAsync(r => r.Status == LegacyReportStatus.Accepted),
        await db.Set<LegacyReportFigure>().SumAsync(f => f.Value));
}
