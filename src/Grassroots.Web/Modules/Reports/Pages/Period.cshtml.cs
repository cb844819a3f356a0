using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>A period: who has reported, who is late, reminders; the spreadsheet of the period; closing.</summary>
public sealed class PeriodModel(ReportReader reader, ClosePeriod close, ImportPeriodFigures import) : AppPageModel
{
    public PeriodDto Period { get; private set; } = null!;
    public bool CanManage { get; private set; }
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
        if (!CanManage)
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

    private async Task LoadAsync(Guid id, CancellationToken ct) => (Period, CanManage) = await reader.PeriodViewAsync(id, ct);
}
