using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>A unit's report: pre-filled figures, its prose to write, the workflow buttons, the downloads.</summary>
public sealed class UnitReportModel(UnitReports reports, ReportPeriods periods, UnitScope scope) : AppPageModel
{
    public UnitReportDto Report { get; private set; } = null!;
    public PeriodDto Period { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanReview { get; private set; }

    [BindProperty] public Dictionary<string, string?> Prose { get; set; } = [];
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? SignerTitle { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? Recipients { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public Task OnGetAsync(Guid id, string unitCode, CancellationToken ct) => LoadAsync(id, unitCode, ct);

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string unitCode, CancellationToken ct)
    {
        await LoadAsync(id, unitCode, ct);
        return await RunAsync(async () =>
        {
            await reports.SaveAsync(id, unitCode, new SaveReportRequest(Prose, Number, null, null, Place, SignerTitle, SignerName, Recipients), ct);
            Flash = L["Reports.Saved"].Value;
            return RedirectToPage(new { id, unitCode });
        });
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, string unitCode, CancellationToken ct)
    {
        await LoadAsync(id, unitCode, ct);
        return await RunAsync(async () =>
        {
            if (Report.Status is ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Returned && Prose.Count > 0)
            {
                await reports.SaveAsync(id, unitCode, new SaveReportRequest(Prose, Number, null, null, Place, SignerTitle, SignerName, Recipients), ct);
            }
            await reports.SubmitAsync(id, unitCode, ct);
            Flash = L["Reports.Submitted"].Value;
            return RedirectToPage(new { id, unitCode });
        });
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, string unitCode, CancellationToken ct)
    {
        await LoadAsync(id, unitCode, ct);
        return await RunAsync(async () =>
        {
            await reports.ReturnAsync(id, unitCode, Comment, ct);
            Flash = L["Reports.Returned"].Value;
            return RedirectToPage(new { id, unitCode });
        });
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, string unitCode, CancellationToken ct)
    {
        await LoadAsync(id, unitCode, ct);
        return await RunAsync(async () =>
        {
            await reports.AcceptAsync(id, unitCode, ct);
            Flash = L["Reports.Accepted"].Value;
            return RedirectToPage(new { id, unitCode });
        });
    }

    public async Task<IActionResult> OnGetDocxAsync(Guid id, string unitCode, CancellationToken ct) =>
        File(ReportExport.Word(await reports.ComposeAsync(id, unitCode, ct)), ReportExport.DocxType, $"bao-cao-{unitCode}.docx");

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, string unitCode, CancellationToken ct) =>
        File(ReportExport.Appendix(await reports.ComposeAsync(id, unitCode, ct)), IIndicatorWorkbook.XlsxType, $"phu-luc-{unitCode}.xlsx");

    public async Task<IActionResult> OnGetPdfAsync(Guid id, string unitCode, CancellationToken ct)
    {
        var pdf = await ReportPdf.ConvertAsync(ReportExport.Word(await reports.ComposeAsync(id, unitCode, ct)), ct);
        return pdf is null ? NotFound() : File(pdf, "application/pdf", $"bao-cao-{unitCode}.pdf");
    }

    public static bool PdfAvailable => ReportPdf.Soffice() is not null;

    private async Task LoadAsync(Guid id, string unitCode, CancellationToken ct)
    {
        Report = await reports.GetAsync(id, unitCode, ct);
        var (period, unit, _) = await reports.LoadAsync(id, unitCode, Permission.View, ct);
        Period = await periods.StatusAsync(period, ct);
        var open = period.Status == PeriodStatus.Open;
        CanEdit = open && await scope.CanAsync(unit, Permission.Edit, ct) && Report.Status is ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Returned;
        CanReview = open && unit.Id != period.OwnerUnitId && Report.Status == ReportStatus.Submitted && await scope.CanAsync(period.OwnerUnit!, Permission.Edit, ct);
    }
}
