using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Reports;

/// <summary>The unit-scope cases of the Reports module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class ReportsScopeCases : ScopeCases
{
    public override int Order => 1;

    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var period = await (await b.Admin.PostAsJsonAsync("/api/v1/reports/periods", new
        {
            templateKey = "qcdc-6-thang",
            unitCode = b.HolderCode,
            title = "Báo cáo 6 tháng đầu năm 2026",
            from = "2026-01-01",
            to = "2026-06-30",
            dueOn = "2026-12-15",
            recipient = "UBND tỉnh",
        })).ReadAsync<Web.Modules.Reports.PeriodDto>();
        b.Set("period", period.Id);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/reports/templates"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/reports/templates")).StatusCode), // templates are shared by every unit
        ["GET /api/v1/reports/templates/{key}"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/reports/templates/qcdc-6-thang")).StatusCode),
        ["POST /api/v1/reports/templates/{key}"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/reports/templates/qcdc-6-thang",
            new { name = "Sửa mẫu", body = Web.Modules.Reports.BuiltInTemplates.Steering })),
        ["GET /api/v1/reports/periods"] = async (c, b) =>
        {
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/reports/periods")).ReadAsync<List<Web.Modules.Reports.PeriodDto>>(), p => p.Id == b.Id("period"));
            await Denied(c.GetAsync($"/api/v1/reports/periods?unit={b.HolderCode}"));
        },
        ["POST /api/v1/reports/periods"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/reports/periods",
            new { templateKey = "qcdc-6-thang", unitCode = b.HolderCode, title = "Kỳ lạ", from = "2026-01-01", to = "2026-06-30", dueOn = "2026-12-15", recipient = "X" })),
        ["GET /api/v1/reports/periods/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.Id("period")}")),
        ["POST /api/v1/reports/periods/{id:guid}/close"] = (c, b) => Denied(c.PostAsync($"/api/v1/reports/periods/{b.Id("period")}/close", null)),
        ["GET /api/v1/reports/periods/{id:guid}/template.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.Id("period")}/template.xlsx")),
        ["POST /api/v1/reports/periods/{id:guid}/import"] = (c, b) => Denied(c.PostAsync($"/api/v1/reports/periods/{b.Id("period")}/import", Sheet(b.Get<byte[]>("sheet")))),
        ["GET /api/v1/reports/periods/{id:guid}/units/{unitCode}"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.Id("period")}/units/{b.HolderCode}")),
        ["PUT /api/v1/reports/periods/{id:guid}/units/{unitCode}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/reports/periods/{b.Id("period")}/units/{b.HolderCode}",
            new { prose = new { situation = "Viết hộ" } })),
        ["POST /api/v1/reports/periods/{id:guid}/units/{unitCode}/submit"] = (c, b) => Denied(c.PostAsync($"/api/v1/reports/periods/{b.Id("period")}/units/{b.HolderCode}/submit", null)),
        ["POST /api/v1/reports/periods/{id:guid}/units/{unitCode}/return"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/reports/periods/{b.Id("period")}/units/{b.HolderCode}/return",
            new { comment = "Trả lại" })),
        ["POST /api/v1/reports/periods/{id:guid}/units/{unitCode}/accept"] = (c, b) => Denied(c.PostAsync($"/api/v1/reports/periods/{b.Id("period")}/units/{b.HolderCode}/accept", null)),
        ["GET /api/v1/reports/periods/{id:guid}/units/{unitCode}/document.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.Id("period")}/units/{b.HolderCode}/document.docx")),
        ["GET /api/v1/reports/periods/{id:guid}/units/{unitCode}/appendix.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.Id("period")}/units/{b.HolderCode}/appendix.xlsx")),
        ["GET /api/v1/reports/periods/{id:guid}/units/{unitCode}/document.pdf"] = (c, b) => Denied(c.GetAsync($"/api/v1/reports/periods/{b.Id("period")}/units/{b.HolderCode}/document.pdf")),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/reports"] = PageCase.Hides(_ => "/reports", b => $"/reports/{b.Id("period")}"),
        ["/reports/templates"] = PageCase.Own("/reports/templates"), // shared by every unit
        ["/reports/{id:guid}"] = PageCase.Refused(b => $"/reports/{b.Id("period")}"),
        ["/reports/{id:guid}/units/{unitCode}"] = PageCase.Refused(b => $"/reports/{b.Id("period")}/units/{b.HolderCode}"),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Set<Web.Modules.Reports.ReportPeriod>().CountAsync(), await db.Set<Web.Modules.Reports.UnitReport>().CountAsync(),
            await db.Set<Web.Modules.Reports.ReportTemplate>().CountAsync(),
            string.Join(",", await db.Set<Web.Modules.Reports.ReportPeriod>().OrderBy(p => p.Id).Select(p => p.Status.ToString()).ToListAsync()),
            string.Join(",", await db.Set<Web.Modules.Reports.UnitReport>().OrderBy(p => p.Id).Select(p => p.Status.ToString()).ToListAsync()));
}
