namespace Grassroots.Web.Modules.OneStop.Pages;

/// <summary>
/// The one-stop dashboard of a unit and a period (totals and rates, its units, the overdue ranking, the online share by
/// month, the latest uploads) and the two uploads: the statistics the one-stop software exports, or its dossier list.
/// A refused file lists every wrong cell by sheet, row and column; nothing of it is stored.
/// </summary>
[RequestSizeLimit(ImportOneStopDossiers.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportOneStopDossiers.MaxBytes + 1024 * 1024)]
public sealed class IndexModel(UnitPicker picker, OneStopReader reader, ImportOneStopStatistics statistics, ImportOneStopDossiers dossiers, TimeProvider clock)
    : UnitPeriodPage(picker, clock, Permission.View)
{
    public OneStopDashboard? Dashboard { get; private set; }
    public IReadOnlyList<OneStopError> Errors { get; private set; } = [];
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? ImportUnit { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ChooseUnitAndPeriodAsync(ct);
        return await RunAsync(async () =>
        {
            Dashboard = await reader.DashboardAsync(Unit, From, To, ct);
            return Page();
        });
    }

    public async Task<IActionResult> OnGetRegisterAsync(CancellationToken ct) =>
        FileDownloads.Attachment(this, await reader.RegisterAsync(Unit, From, To, ct));

    public IActionResult OnGetTemplate() => File(OneStopTemplate.Statistics(), FileKind.Xlsx.ContentType, "mau-thong-ke-mot-cua.xlsx");

    public Task<IActionResult> OnPostStatisticsAsync(CancellationToken ct) =>
        ImportAsync(() => statistics.HandleAsync(new ImportOneStopRequest(ImportUnit, Upload), ct), ct);

    public Task<IActionResult> OnPostDossiersAsync(CancellationToken ct) =>
        ImportAsync(() => dossiers.HandleAsync(new ImportOneStopRequest(ImportUnit, Upload), null, ct), ct);

    private async Task<IActionResult> ImportAsync(Func<Task<OneStopOutcome>> import, CancellationToken ct)
    {
        await ChooseUnitAndPeriodAsync(ct);
        return await RunAsync(async () =>
        {
            var outcome = await import();
            if (outcome.Imported is not { } imported)
            {
                Errors = outcome.Errors;
                ModelState.AddModelError("", outcome.Message);
                Dashboard = await reader.DashboardAsync(Unit, From, To, ct);
                return Page();
            }
            Flash = outcome.Message;
            return Redirect($"/onestop?unit={imported.UnitCode}&from={imported.From:yyyy-MM-dd}&to={imported.To:yyyy-MM-dd}");
        });
    }
}
