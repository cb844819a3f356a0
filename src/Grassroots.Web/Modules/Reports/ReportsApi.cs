using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reports;

public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reports").WithTags("Reports");
        g.MapGet("/templates", Templates).Requires(Permission.View, "none").WithSummary("Report templates, latest version of each.");
        g.MapGet("/templates/{key}", Template).Requires(Permission.View, "none").WithSummary("A template's latest version with its sections.");
        g.MapPost("/templates/{key}", SaveTemplate).Requires(Permission.ManageUnits, "root")
            .WithSummary("Save a new version of a template (administrators of the national root).");
        g.MapGet("/periods", Periods).Requires(Permission.View, "scope+query:unit")
            .WithSummary("Report periods opened by a unit in reach or asking one to report (?unit: of that unit's subtree).");
        g.MapPost("/periods", OpenPeriod).Requires(Permission.ConsolidateReports, "body:unitCode")
            .WithSummary("Open a report period: template, dates, due date, recipient, units that must report (default: the sub-units).");
        g.MapGet("/periods/{id:guid}", Period).Requires(Permission.View, "period").WithSummary("Who has reported, who is late, reminders sent.");
        g.MapPost("/periods/{id:guid}/close", ClosePeriod).Requires(Permission.ConsolidateReports, "period")
            .WithSummary("Close a period (refused before the due date while a unit has not been accepted).");
        g.MapGet("/periods/{id:guid}/template.xlsx", PeriodSpreadsheet).Requires(Permission.Edit, "period")
            .WithSummary("The spreadsheet of the period's entered indicators × the units that must report.");
        g.MapPost("/periods/{id:guid}/import", PeriodImport).Requires(Permission.Edit, "file").DisableAntiforgery()
            .WithSummary("Upload the period's filled spreadsheet: only the period's units, every wrong cell named.");
        g.MapGet("/periods/{id:guid}/units/{unitCode}", UnitReport).Requires(Permission.View, "route")
            .WithSummary("A unit's report: status, figures, prose (the owner's: consolidated).");
        g.MapPut("/periods/{id:guid}/units/{unitCode}", Save).Requires(Permission.Edit, "route")
            .WithSummary("Save the prose and header (number, signer, issue date) of a draft or returned report; a supervisor, only its supervision prose; the consolidated report, those who consolidate.");
        g.MapPost("/periods/{id:guid}/units/{unitCode}/submit", Submit).Requires(Permission.Edit, "route").WithSummary("Submit the report to the level above.");
        g.MapPost("/periods/{id:guid}/units/{unitCode}/return", Return).Requires(Permission.ConsolidateReports, "period").WithSummary("Return a submitted report with comments.");
        g.MapPost("/periods/{id:guid}/units/{unitCode}/accept", Accept).Requires(Permission.ConsolidateReports, "period").WithSummary("Accept a submitted report.");
        g.MapGet("/periods/{id:guid}/units/{unitCode}/document.docx", Docx).Requires(Permission.View, "route")
            .WithSummary("The report as a Word document in the national format (Nghị định 30/2020/NĐ-CP).");
        g.MapGet("/periods/{id:guid}/units/{unitCode}/appendix.xlsx", Appendix).Requires(Permission.View, "route")
            .WithSummary("The report's tables as an Excel workbook.");
        g.MapGet("/periods/{id:guid}/units/{unitCode}/document.pdf", Pdf).Requires(Permission.View, "route")
            .WithSummary("The report as PDF, where LibreOffice is installed on the server (404 otherwise).");
        return api;
    }

    private static async Task<Ok<List<TemplateDto>>> Templates(ReportReader reader, CancellationToken ct) => TypedResults.Ok(await reader.TemplatesAsync(ct));

    private static async Task<Ok<TemplateDto>> Template(string key, ReportReader reader, CancellationToken ct) => TypedResults.Ok(await reader.TemplateAsync(key, ct));

    private static async Task<Ok<TemplateDto>> SaveTemplate(string key, SaveTemplateRequest r, SaveTemplate save, ReportReader reader, CancellationToken ct)
    {
        var saved = await save.HandleAsync(key, r, ct);
        return TypedResults.Ok(await reader.TemplateAsync(saved.Key, ct));
    }

    private static async Task<Ok<List<PeriodDto>>> Periods(string? unit, ReportReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(unit, ct));

    private static async Task<Created<PeriodDto>> OpenPeriod(OpenPeriodRequest r, OpenPeriod open, ReportReader reader, CancellationToken ct)
    {
        var period = await open.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/reports/periods/{period.Id}", await reader.PeriodAsync(period.Id, ct));
    }

    private static async Task<Ok<PeriodDto>> Period(Guid id, ReportReader reader, CancellationToken ct) => TypedResults.Ok(await reader.PeriodAsync(id, ct));

    private static async Task<NoContent> ClosePeriod(Guid id, ClosePeriod close, CancellationToken ct)
    {
        await close.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> PeriodSpreadsheet(Guid id, ReportReader reader, CancellationToken ct)
    {
        var sheet = await reader.SpreadsheetAsync(id, ct);
        return TypedResults.File(sheet.Content, FileKind.Xlsx.ContentType, $"so-lieu-{sheet.OwnerCode}-{sheet.From:yyyyMMdd}.xlsx");
    }

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> PeriodImport(Guid id, IFormFile? file, ImportPeriodFigures import, CancellationToken ct) =>
        (await import.HandleAsync(id, file, ct)).ToHttpResult();

    private static async Task<Ok<UnitReportDto>> UnitReport(Guid id, string unitCode, ReportReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.UnitReportAsync(id, unitCode, ct));

    private static async Task<Ok<UnitReportDto>> Save(Guid id, string unitCode, SaveReportRequest body, SaveUnitReport save, ReportReader reader, CancellationToken ct)
    {
        await save.HandleAsync(id, unitCode, body, ct);
        return TypedResults.Ok(await reader.UnitReportAsync(id, unitCode, ct));
    }

    private static async Task<Ok<UnitReportDto>> Submit(Guid id, string unitCode, SubmitUnitReport submit, ReportReader reader, CancellationToken ct)
    {
        await submit.HandleAsync(id, unitCode, ct);
        return TypedResults.Ok(await reader.UnitReportAsync(id, unitCode, ct));
    }

    private static async Task<Ok<UnitReportDto>> Return(Guid id, string unitCode, ReturnRequest body, ReturnUnitReport @return, ReportReader reader, CancellationToken ct)
    {
        await @return.HandleAsync(id, unitCode, body, ct);
        return TypedResults.Ok(await reader.UnitReportAsync(id, unitCode, ct));
    }

    private static async Task<Ok<UnitReportDto>> Accept(Guid id, string unitCode, AcceptUnitReport accept, ReportReader reader, CancellationToken ct)
    {
        await accept.HandleAsync(id, unitCode, ct);
        return TypedResults.Ok(await reader.UnitReportAsync(id, unitCode, ct));
    }

    private static async Task<FileContentHttpResult> Docx(Guid id, string unitCode, ReportReader reader, CancellationToken ct)
    {
        var report = await reader.ComposeAsync(id, unitCode, ct);
        return TypedResults.File(ReportExport.Word(report), FileKind.Docx.ContentType, ReportExport.FileName(report, "docx"));
    }

    private static async Task<FileContentHttpResult> Appendix(Guid id, string unitCode, ReportReader reader, CancellationToken ct)
    {
        var report = await reader.ComposeAsync(id, unitCode, ct);
        return TypedResults.File(ReportExport.Appendix(report), FileKind.Xlsx.ContentType, ReportExport.FileName(report, "xlsx", "phu-luc"));
    }

    private static async Task<FileContentHttpResult> Pdf(Guid id, string unitCode, ReportReader reader, CancellationToken ct)
    {
        var report = await reader.ComposeAsync(id, unitCode, ct);
        var pdf = await ReportPdf.ConvertAsync(ReportExport.Word(report), ct);
        return pdf is null ? throw DomainException.NotFound("Reports.PdfUnavailable") : TypedResults.File(pdf, FileKind.Pdf.ContentType, ReportExport.FileName(report, "pdf"));
    }
}
