namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>A unit's report: pre-filled figures, its prose to write, the workflow buttons, the downloads.</summary>
public sealed class UnitReportModel(ReportReader reader, SaveUnitReport save, SubmitUnitReport submit, ReturnUnitReport @return, AcceptUnitReport accept)
    : AppPageModel
{
    public UnitReportDto Report { get; private set; } = null!;
    public PeriodDto Period { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public bool CanReview { get; private set; }

    /// <summary>The prose keys a supervisor may write here (null: all of them, or none).</summary>
    public IReadOnlySet<string>? SupervisionKeys { get; private set; }

    [BindProperty] public Dictionary<string, string?> Prose { get; set; } = [];
    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Place { get; set; }
    [BindProperty] public string? SignerTitle { get; set; }
    [BindProperty] public string? SignerName { get; set; }
    [BindProperty] public string? Recipients { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public DateOnly? IssuedOn { get; set; }

    public static bool PdfAvailable => ReportPdf.Soffice() is not null;

    public Task OnGetAsync(Guid id, string unitCode, CancellationToken ct) => LoadAsync(id, unitCode, ct);

    public Task<IActionResult> OnPostSaveAsync(Guid id, string unitCode, CancellationToken ct) => StepAsync(id, unitCode, "Reports.Saved",
        () => save.HandleAsync(id, unitCode, Written(), ct), ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, string unitCode, CancellationToken ct) => StepAsync(id, unitCode, "Reports.Submitted", async () =>
    {
        if (Report.Status is ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Returned && Prose.Count > 0)
        {
            await save.HandleAsync(id, unitCode, Written(), ct);
        }
        await submit.HandleAsync(id, unitCode, ct);
    }, ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, string unitCode, CancellationToken ct) => StepAsync(id, unitCode, "Reports.Returned",
        () => @return.HandleAsync(id, unitCode, new ReturnRequest(Comment), ct), ct);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, string unitCode, CancellationToken ct) => StepAsync(id, unitCode, "Reports.Accepted",
        () => accept.HandleAsync(id, unitCode, ct), ct);

    public async Task<IActionResult> OnGetDocxAsync(Guid id, string unitCode, CancellationToken ct)
    {
        var report = await reader.ComposeAsync(id, unitCode, ct);
        return File(ReportExport.Word(report), FileKind.Docx.ContentType, ReportExport.FileName(report, "docx"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, string unitCode, CancellationToken ct)
    {
        var report = await reader.ComposeAsync(id, unitCode, ct);
        return File(ReportExport.Appendix(report), FileKind.Xlsx.ContentType, ReportExport.FileName(report, "xlsx", "phu-luc"));
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, string unitCode, CancellationToken ct)
    {
        var report = await reader.ComposeAsync(id, unitCode, ct);
        var pdf = await ReportPdf.ConvertAsync(ReportExport.Word(report), ct);
        return pdf is null ? NotFound() : File(pdf, FileKind.Pdf.ContentType, ReportExport.FileName(report, "pdf"));
    }

    /// <summary>One step of the workflow: the report shown again on a refusal, or a flash and the report reloaded.</summary>
    private async Task<IActionResult> StepAsync(Guid id, string unitCode, string doneKey, Func<Task> step, CancellationToken ct)
    {
        await LoadAsync(id, unitCode, ct);
        return await RunAsync(async () =>
        {
            await step();
            Flash = L[doneKey].Value;
            return RedirectToPage(new { id, unitCode });
        });
    }

    private SaveReportRequest Written() => SupervisionKeys is not null
        ? new(Prose)
        : new(Prose, Number, null, null, Place, SignerTitle, SignerName, Recipients, IssuedOn);

    private async Task LoadAsync(Guid id, string unitCode, CancellationToken ct) =>
        (Report, Period, CanEdit, CanReview, SupervisionKeys) = await reader.UnitReportViewAsync(id, unitCode, ct);
}
