namespace Grassroots.Web.Modules.LegacyReports;

public static class LegacyReportsApi
{
    public static RouteGroupBuilder MapLegacyReportsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/legacy-reports").WithTags("LegacyReports");
        g.MapPost("/", Upload).Requires(Permission.Edit, "form:unitCode").DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(2 * UploadLegacyReport.MaxBytes))
            .WithFormOptions(multipartBodyLengthLimit: 2 * UploadLegacyReport.MaxBytes)
            .WithSummary("A report of the time before the platform (multipart 'file': .docx, .pdf, a scan as PNG/JPEG/TIFF, or text in UTF-8, UTF-16, "
                + "TCVN3, VNI, VIQR or Windows-1258; form 'unitCode': the unit the report is of). Read, its marks restored, its metadata and figures "
                + "extracted, stored for review (201). A file that cannot be a report: 400 with the reason; nothing stored.");
        g.MapGet("/", List).Requires(Permission.View, "scope+query:unit")
            .WithSummary("The imported reports the caller sees (?unit: a subtree; ?q: words of the title or text, compared without marks).");
        g.MapGet("/{id:guid}", Get).Requires(Permission.View, "route")
            .WithSummary("An imported report: the text as read and as restored, the words restored with their confidence, the metadata and every figure with its source span.");
        g.MapGet("/{id:guid}/file", File).Requires(Permission.View, "route").WithSummary("The file as uploaded.");
        g.MapPut("/{id:guid}", Review).Requires(Permission.Edit, "route")
            .WithSummary("Corrections before acceptance: metadata, and per figure include / key / value / unit / period (body 'version': the version read; 409 when stale).");
        g.MapPost("/{id:guid}/accept", Accept).Requires(Permission.Edit, "route")
            .WithSummary("Accepts the report: the figures marked go into the indicators of their units and periods, marked as imported from it; "
                + "a figure the platform computes from records for that period is kept apart and counted in 'computedKept'.");
        return api;
    }

    private static async Task<Results<Created<LegacyReportDto>, ProblemHttpResult>> Upload([FromForm] string? unitCode, IFormFile? file, UploadLegacyReport h,
        LegacyReportsReader reader, CancellationToken ct)
    {
        var doc = await h.HandleAsync(new UploadLegacyReportRequest(unitCode, file), ct);
        return TypedResults.Created($"/api/v1/legacy-reports/{doc.Id}", await reader.GetAsync(doc.Id, ct));
    }

    private static async Task<Ok<List<LegacyReportRow>>> List(string? unit, string? q, LegacyReportsReader r, CancellationToken ct) =>
        TypedResults.Ok(await r.ListAsync(unit, q, ct));

    private static async Task<Ok<LegacyReportDto>> Get(Guid id, LegacyReportsReader r, CancellationToken ct) => TypedResults.Ok(await r.GetAsync(id, ct));

    private static async Task<FileContentHttpResult> File(Guid id, LegacyReportsReader r, HttpContext http, CancellationToken ct) =>
        FileDownloads.Attachment(http, await r.FileAsync(id, ct));

    private static async Task<Ok<LegacyReportDto>> Review(Guid id, ReviewLegacyReportRequest body, ReviewLegacyReport h, LegacyReportsReader r, CancellationToken ct)
    {
        await h.HandleAsync(id, body, ct);
        return TypedResults.Ok(await r.GetAsync(id, ct));
    }

    private static async Task<Ok<AcceptOutcome>> Accept(Guid id, AcceptLegacyReportRequest body, AcceptLegacyReport h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, body, ct));
}
