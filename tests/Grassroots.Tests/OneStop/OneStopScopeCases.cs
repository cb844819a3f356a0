using System.Net;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.OneStop;
using static Grassroots.Tests.OneStop.OneStopRecords;

namespace Grassroots.Tests.OneStop;

/// <summary>The unit-scope cases of the OneStop module (Platform/UnitScopeEveryEndpointTests): every endpoint and page.</summary>
public sealed class OneStopScopeCases : ScopeCases
{
    private const string FileOfB = "mot-cua-ben-b.csv";

    private static byte[] FigureOf(ScopeTarget b) => Csv([new Row(b.HolderCode, "01/01/2019", "31/01/2019", 0, 3, 0, 7, 0, 5, 0, 5, 0, 0, 0, 0, 0, 0)]);

    private static readonly object?[][] Dossier =
    [
        ["Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Kênh", "Trạng thái"],
        ["02/01/2019", "10/01/2019", "08/01/2019", "Trực tiếp", "Đã giải quyết"],
    ];

    public override async Task ArrangeAsync(ScopeTarget b) =>
        (await UploadAsync(b.Admin, b.HolderCode, FigureOf(b), FileOfB)).EnsureSuccessStatusCode();

    public override async Task PageFormsAsync(PageClient a, ScopeTarget b)
    {
        foreach (var handler in new[] { "Statistics", "Dossiers" })
        {
            var response = await a.PostMultipartAsync($"/onestop?handler={handler}", [new("ImportUnit", b.HolderCode)],
                [("Upload", handler == "Statistics" ? "x.csv" : "x.xlsx", handler == "Statistics" ? FigureOf(b) : Xlsx(Dossier))], "/onestop");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.GetAsync($"/onestop?handler=register&unit={b.HolderCode}&from=2019-01-01&to=2019-12-31")).StatusCode);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["POST /api/v1/onestop/statistics"] = (c, b) => Denied(UploadAsync(c, b.HolderCode, FigureOf(b), "x.csv")),
        ["POST /api/v1/onestop/dossiers"] = (c, b) => Denied(UploadAsync(c, b.HolderCode, Xlsx(Dossier), "x.xlsx", "dossiers")),
        ["GET /api/v1/onestop/dashboard"] = (c, b) => Denied(c.GetAsync($"/api/v1/onestop/dashboard?unit={b.HolderCode}&from=2019-01-01&to=2019-12-31")),
        ["GET /api/v1/onestop/register.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/onestop/register.xlsx?unit={b.HolderCode}&from=2019-01-01&to=2019-12-31")),
        ["GET /api/v1/onestop/template.xlsx"] = (c, b) => Status(HttpStatusCode.OK, c.GetAsync("/api/v1/onestop/template.xlsx")), // the same for all
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/onestop"] = PageCase.Hides(_ => "/onestop?from=2019-01-01&to=2019-12-31", _ => FileOfB),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) => string.Join("|",
        await db.Set<OneStopFigures>().CountAsync(), await db.Set<OneStopImport>().CountAsync(),
        await db.Set<OneStopFigures>().SumAsync(f => f.ReceivedOnline + f.ReceivedAtCounter));
}
