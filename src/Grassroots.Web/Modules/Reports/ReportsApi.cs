using Grassroots.Web.Modules.Indicators.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grassroots.Web.Modules.Reports;

public sealed record ReturnRequest(string? Comment);

public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reports").WithTags("Reports");
        g.MapGet("/templates", (ReportTemplates t, CancellationToken ct) => t.ListAsync(ct)).Requires(Permission.View, "none")
            .WithSummary("Report templates, latest version of each.");
        g.MapGet("/templates/{key}", (string key, ReportTemplates t, CancellationToken ct) => t.GetAsync(key, ct)).Requires(Permission.View, "none")
            .WithSummary("A template's latest version with its sections.");
        g.MapPost("/templates/{key}", (string key, SaveTemplateRequest r, ReportTemplates t, CancellationToken ct) => t.SaveAsync(key, r, ct))
            .Requires(Permission.ManageUnits, "root").WithSummary("Save a new version of a template (administrators of the national root).");
        g.MapGet("/periods", (ReportPeriods p, CancellationToken ct) => p.ListAsync(ct)).Requires(Permission.View, "scope")
            .WithSummary("Report periods opened by a unit in reach or asking one to report.");
        g.MapPost("/periods", OpenPeriod).Requires(Permission.Edit, "body:unitCode")
            .WithSummary("Open a report period: template, dates, due date, recipient, units that must report (default: the sub-units).");
        g.MapGet("/periods/{id:guid}", async (Guid id, ReportPeriods p, CancellationToken ct) => TypedResults.Ok(await p.StatusAsync(await p.RequireAsync(id, ct), ct)))
            .Requires(Permission.View, "period").WithSummary("Who has reported, who is late, reminders sent.");
        g.MapPost("/periods/{id:guid}/close", async (Guid id, ReportPeriods p, CancellationToken ct) =>
        {
            await p.CloseAsync(id, ct);
            return TypedResults.NoContent();
        }).Requires(Permission.Edit, "period").WithSummary("Close a period (refused before the due date while a unit has not been accepted).");
        g.MapGet("/periods/{id:guid}/template.xlsx", PeriodTemplate).Requires(Permission.Edit, "period")
            .WithSummary("The spreadsheet of the period's entered indicators × the units that must report.");
        g.MapPost("/periods/{id:guid}/import", PeriodImport).Requires(Permission.Edit, "file").DisableAntiforgery()
            .WithSummary("Upload the period's filled spreadsheet: only the period's units, every wrong cell named.");
        g.MapGet("/periods/{id:guid}/units/{unitCode}", (Guid id, string unitCode, UnitReports r, CancellationToken ct) => r.GetAsync(id, unitCode, ct))
            .Requires(Permission.View, "route").WithSummary("A unit's report: status, figures, prose (the owner's: consolidated).");
        g.MapPut("/periods/{id:guid}/units/{unitCode}", (Guid id, string unitCode, SaveReportRequest body, UnitReports r, CancellationToken ct) => r.SaveAsync(id, unitCode, body, ct))
            .Requires(Permission.Edit, "route").WithSummary("Save the prose and header of a draft or returned report.");
        g.MapPost("/periods/{id:guid}/units/{unitCode}/submit", (Guid id, string unitCode, UnitReports r, CancellationToken ct) => r.SubmitAsync(id, unitCode, ct))
            .Requires(Permission.Edit, "route").WithSummary("Submit the report to the level above.");
        g.MapPost("/periods/{id:guid}/units/{unitCode}/return", (Guid id, string unitCode, ReturnRequest body, UnitReports r, CancellationToken ct) =>
            r.ReturnAsync(id, unitCode, body.Comment, ct)).Requires(Permission.Edit, "period").WithSummary("Return a submitted report with comments.");
        g.MapPost("/periods/{id:guid}/units/{unitCode}/accept", (Guid id, string unitCode, UnitReports r, CancellationToken ct) => r.AcceptAsync(id, unitCode, ct))
            .Requires(Permission.Edit, "period").WithSummary("Accept a submitted report.");
        g.MapGet("/periods/{id:guid}/units/{unitCode}/document.docx", Docx).Requires(Permission.View, "route")
            .WithSummary("The report as a Word document in the national format (Nghị định 30/2020/NĐ-CP).");
        g.MapGet("/periods/{id:guid}/units/{unitCode}/appendix.xlsx", Appendix).Requires(Permission.View, "route")
            .WithSummary("The report's tables as an Excel workbook.");
        g.MapGet("/periods/{id:guid}/units/{unitCode}/document.pdf", Pdf).Requires(Permission.View, "route")
            .WithSummary("The report as PDF, where LibreOffice is installed on the server (404 otherwise).");
        return api;
    }

    private static async Task<Created<PeriodDto>> OpenPeriod(OpenPeriodRequest r, ReportPeriods periods, CancellationToken ct)
    {
        var period = await periods.OpenAsync(r, ct);
        return TypedResults.Created($"/api/v1/reports/periods/{period.Id}", await periods.StatusAsync(await periods.RequireAsync(period.Id, ct), ct));
    }

    private static async Task<FileContentHttpResult> PeriodTemplate(Guid id, ReportPeriods periods, UnitScope scope, IIndicatorWorkbook workbook, CancellationToken ct)
    {
        var period = await periods.RequireAsync(id, ct);
        await scope.RequireAsync(period.OwnerUnit!, Permission.Edit, ct);
        var units = period.Units.Select(u => u.Unit!).OrderBy(u => u.Code, StringComparer.Ordinal).Prepend(period.OwnerUnit!).ToList();
        return TypedResults.File(await workbook.TemplateAsync(period.OwnerUnit!, period.From, period.To, units, period.Title, ct), IIndicatorWorkbook.XlsxType,
            $"so-lieu-{period.OwnerUnit!.Code}-{period.From:yyyyMMdd}.xlsx");
    }

    private static async Task<IResult> PeriodImport(Guid id, IFormFile? file, ReportPeriods periods, IIndicatorWorkbook workbook, HttpContext http, CancellationToken ct)
    {
        var period = await periods.RequireAsync(id, ct);
        if (file is null || file.Length == 0)
        {
            throw DomainException.Invalid("Indicators.NoFile");
        }
        var allowed = period.Units.Select(u => u.Unit!.Code).Append(period.OwnerUnit!.Code).ToHashSet();
        try
        {
            await using var stream = file.OpenReadStream();
            return TypedResults.Ok(await workbook.ImportAsync(stream, allowed, ct, (period.From, period.To)));
        }
        catch (ImportRejected e)
        {
            return ReportsApi.Rejected(http, e);
        }
    }

    /// <summary>A 400 problem whose <c>errors</c> list names each wrong cell.</summary>
    internal static IResult Rejected(HttpContext http, ImportRejected e)
    {
        var t = http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>();
        var title = t["Indicators.ImportRejected", e.Errors.Count].Value;
        return TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = string.Join(" ", e.Errors.Select(x => $"{x.Sheet}!{x.Column}{x.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {x.Message}")),
            Extensions = { ["errors"] = e.Errors },
        });
    }

    private static async Task<FileContentHttpResult> Docx(Guid id, string unitCode, UnitReports reports, CancellationToken ct) =>
        TypedResults.File(ReportExport.Word(await reports.ComposeAsync(id, unitCode, ct)), ReportExport.DocxType, $"bao-cao-{unitCode}.docx");

    private static async Task<FileContentHttpResult> Appendix(Guid id, string unitCode, UnitReports reports, CancellationToken ct) =>
        TypedResults.File(ReportExport.Appendix(await reports.ComposeAsync(id, unitCode, ct)), IIndicatorWorkbook.XlsxType, $"phu-luc-{unitCode}.xlsx");

    private static async Task<IResult> Pdf(Guid id, string unitCode, UnitReports reports, CancellationToken ct)
    {
        var docx = ReportExport.Word(await reports.ComposeAsync(id, unitCode, ct));
        var pdf = await ReportPdf.ConvertAsync(docx, ct);
        return pdf is null ? throw DomainException.NotFound("Reports.PdfUnavailable") : TypedResults.File(pdf, "application/pdf", $"bao-cao-{unitCode}.pdf");
    }
}
