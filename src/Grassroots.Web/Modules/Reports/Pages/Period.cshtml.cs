using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>
/// A period: who has reported, who is late, reminders; for those who consolidate, the consolidated report and what it still
/// lacks before it is signed, and closing; for the owner's staff, the spreadsheet of the period.
/// </summary>
// The consolidated figures tolerate a few seconds' lag: read from a standby when replicas are configured (docs/operations.md).
[ReadsFromReplica]
public sealed class PeriodModel(ReportReader reader, ClosePeriod close, ImportPeriodFigures import) : AppPageModel
{
    public PeriodDto Period { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public bool CanEnterFigures { get; private set; }

    /// <summary>What the consolidated report still lacks before it is signed (for those who consolidate).</summary>
    public IReadOnlyList<ReportGap> Missing { get; private set; } = [];
    public IReadOnlyList<ImportError> Errors { get; private set; } = [];
    [BindProperty] public IFormFile? Upload { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnGetSpreadsheetAsync(Guid id, CancellationToken ct)
    {
        var sheet = await reader.SpreadsheetAsync(id, ct);
        return File(sheet.Content, FileKind.Xlsx.ContentType, $"so-lieu-{sheet.OwnerCode}.xlsx");
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await RunAsync(async () =>
        {
            await close.HandleAsync(id, ct);
            Flash = L["Reports.Closed"].Value;
            return RedirectToPage(new { id });
        });
    }

    /// <summary>The owner's upload of the period's spreadsheet (the page offers it to the owner only).</summary>
    public async Task<IActionResult> OnPostImportAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (!CanEnterFigures)
        {
            throw DomainException.Forbidden("Auth.ForbiddenUnit", Period.OwnerName);
        }
        return await RunAsync(async () =>
        {
            var outcome = await import.HandleAsync(id, Upload, ct);
            if (outcome.Imported is null)
            {
                Errors = outcome.Errors;
                ModelState.AddModelError("", outcome.Message);
                return Page();
            }
            Flash = outcome.Message;
            return RedirectToPage(new { id });
        });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var view = await reader.PeriodViewAsync(id, ct);
        (Period, CanManage, CanEnterFigures, Missing) = (view.Period, view.CanManage, view.CanEnterFigures, view.Missing ?? []);
    }
}
