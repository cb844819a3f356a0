using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Reports.Pages;

/// <summary>A period: who has reported, who is late, reminders; the spreadsheet of the period; closing.</summary>
public sealed class PeriodModel(ReportPeriods periods, UnitScope scope, IIndicatorWorkbook workbook) : AppPageModel
{
    public PeriodDto Period { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public IReadOnlyList<ImportError> Errors { get; private set; } = [];
    [BindProperty] public IFormFile? Upload { get; set; }

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnGetSpreadsheetAsync(Guid id, CancellationToken ct)
    {
        var period = await periods.RequireAsync(id, ct);
        await scope.RequireAsync(period.OwnerUnit!, Permission.Edit, ct);
        var units = period.Units.Select(u => u.Unit!).OrderBy(u => u.Code, StringComparer.Ordinal).Prepend(period.OwnerUnit!).ToList();
        return File(await workbook.TemplateAsync(period.OwnerUnit!, period.From, period.To, units, period.Title, ct), IIndicatorWorkbook.XlsxType,
            $"so-lieu-{period.OwnerUnit!.Code}.xlsx");
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await RunAsync(async () =>
        {
            await periods.CloseAsync(id, ct);
            Flash = L["Reports.Closed"].Value;
            return RedirectToPage(new { id });
        });
    }

    public async Task<IActionResult> OnPostImportAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        var period = await periods.RequireAsync(id, ct);
        await scope.RequireAsync(period.OwnerUnit!, Permission.Edit, ct);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError("", L["Indicators.NoFile"].Value);
            return Page();
        }
        try
        {
            await using var stream = Upload.OpenReadStream();
            var allowed = period.Units.Select(u => u.Unit!.Code).Append(period.OwnerUnit!.Code).ToHashSet();
            var result = await workbook.ImportAsync(stream, allowed, ct, (period.From, period.To));
            Flash = L["Indicators.Imported", result.Saved, result.Units.Count].Value;
            return RedirectToPage(new { id });
        }
        catch (ImportRejected e)
        {
            Errors = e.Errors;
            ModelState.AddModelError("", L["Indicators.ImportRejected", e.Errors.Count].Value);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var period = await periods.RequireAsync(id, ct);
        CanManage = await scope.CanAsync(period.OwnerUnit!, Permission.Edit, ct);
        Period = await periods.StatusAsync(period, ct);
        if (!await scope.CanAsync(period.OwnerUnit!, Permission.View, ct))
        {
            // A commune sees only its own line.
            var mine = new List<PeriodUnitStatus>();
            foreach (var u in Period.Units!)
            {
                if (await scope.CanAsync(period.Units.Single(x => x.Unit!.Code == u.UnitCode).Unit!, Permission.View, ct))
                {
                    mine.Add(u);
                }
            }
            Period = Period with { Units = mine };
        }
    }
}
