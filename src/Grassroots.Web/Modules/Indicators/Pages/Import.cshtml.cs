using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Indicators.Pages;

/// <summary>Download the template of a unit and period; upload it filled. A refused file lists every wrong cell.</summary>
public sealed class ImportModel(UnitPicker picker, UnitScope scope, IndicatorWorkbook workbook, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    public List<UnitOption> Units { get; private set; } = [];
    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: false, ct: ct);
        Unit ??= Units.FirstOrDefault()?.Code;
        if (Unit is not null)
        {
            await scope.RequireAsync(Text.Clean(Unit), Permission.Edit, ct);
        }
    }

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        var (unit, from, to) = await StatisticsQuery.RequireAsync(scope, Unit, From, To, ct);
        await scope.RequireAsync(unit, Permission.Edit, ct);
        return File(await workbook.TemplateAsync(unit, from, to, ct: ct), IndicatorsApi.XlsxType, $"so-lieu-{unit.Code}.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: false, ct: ct);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError("", L["Indicators.NoFile"].Value);
            return Page();
        }
        try
        {
            await using var stream = Upload.OpenReadStream();
            var result = await workbook.ImportAsync(stream, ct: ct);
            Flash = L["Indicators.Imported", result.Saved, result.Units.Count].Value;
            return Redirect($"/indicators?unit={result.Units[0]}&from={result.From:yyyy-MM-dd}&to={result.To:yyyy-MM-dd}");
        }
        catch (ImportRejected e)
        {
            Errors = e.Errors;
            ModelState.AddModelError("", L["Indicators.ImportRejected", e.Errors.Count].Value);
            return Page();
        }
    }
}
