namespace Grassroots.Web.Modules.OneStop;

public static class OneStopApi
{
    public static RouteGroupBuilder MapOneStopApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/onestop").WithTags("OneStop");
        g.MapPost("/statistics", ImportStatistics).Requires(Permission.Edit, "form:unitCode").DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImportOneStopStatistics.MaxBytes + 1024 * 1024))
            .WithFormOptions(multipartBodyLengthLimit: ImportOneStopStatistics.MaxBytes + 1024 * 1024)
            .WithSummary("The one-stop software's statistics (multipart 'file', .xlsx or .csv; form 'unitCode': the unit whose subtree the file covers). "
                + "Columns by header (README); a wrong cell refuses the whole file (400, errors by sheet, row and column); a period imported again is replaced.");
        g.MapPost("/dossiers", ImportDossiers).Requires(Permission.Edit, "form:unitCode").DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ImportOneStopDossiers.MaxBytes + 1024 * 1024))
            .WithFormOptions(multipartBodyLengthLimit: ImportOneStopDossiers.MaxBytes + 1024 * 1024)
            .WithSummary("A dossier list (a row per dossier; multipart 'file', .xlsx or .csv; form 'unitCode'): the months' figures computed from it, "
                + "early / on time / late against the due day on the working calendar.");
        g.MapGet("/dashboard", Dashboard).Requires(Permission.View, "query:unit")
            .WithSummary("A unit's totals and rates for a period (?unit, ?from, ?to), its units', the overdue ranking and the online share by month.");
        g.MapGet("/register.xlsx", Register).Requires(Permission.View, "query:unit")
            .WithSummary("The dashboard's figures as a workbook: the unit and each unit below it, counts and rates (?unit, ?from, ?to).");
        g.MapGet("/template.xlsx", Template).Requires(Permission.View, "none").WithSummary("The statistics layout as an empty workbook with its headers.");
        return api;
    }

    private static async Task<Results<Ok<OneStopImportResult>, ProblemHttpResult>> ImportStatistics([FromForm] string? unitCode, IFormFile? file,
        ImportOneStopStatistics h, CancellationToken ct) => (await h.HandleAsync(new ImportOneStopRequest(unitCode, file), ct)).ToHttpResult();

    private static async Task<Results<Ok<OneStopImportResult>, ProblemHttpResult>> ImportDossiers([FromForm] string? unitCode, IFormFile? file,
        ImportOneStopDossiers h, CancellationToken ct) => (await h.HandleAsync(new ImportOneStopRequest(unitCode, file), null, ct)).ToHttpResult();

    private static async Task<Ok<OneStopDashboard>> Dashboard(string? unit, DateOnly? from, DateOnly? to, OneStopReader r, CancellationToken ct) =>
        TypedResults.Ok(await r.DashboardAsync(unit, from, to, ct));

    private static async Task<FileContentHttpResult> Register(string? unit, DateOnly? from, DateOnly? to, OneStopReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.RegisterAsync(unit, from, to, ct));

    private static FileContentHttpResult Template() =>
        TypedResults.File(OneStopTemplate.Statistics(), FileKind.Xlsx.ContentType, "mau-thong-ke-mot-cua.xlsx");
}
