using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Files;

namespace Grassroots.Web.Modules.Indicators.Pages;

/// <summary>Download the template of a unit and period; upload it filled. A refused file lists every wrong cell.</summary>
public sealed class ImportModel(UnitPicker picker, UnitScope scope, IndicatorReader reader, IndicatorWorkbook workbook, ImportIndicatorValues import,
    TimeProvider clock) : AppPageModel
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
        var (units, from, to) = await reader.TemplateUnitsAsync(Unit, From, To, ct);
        return File(await workbook.TemplateAsync(units, from, to, ct: ct), FileKind.Xlsx.ContentType, $"so-lieu-{units[0].Code}.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.Edit, UnitPick.Bodies, aliveOnly: false, ct: ct);
        return await RunAsync(async () =>
        {
            var outcome = await import.HandleAsync(new ImportValuesRequest(Upload), ct);
            if (outcome.Imported is not { } imported)
            {
                Errors = outcome.Errors;
                ModelState.AddModelError("", outcome.Message);
                return Page();
            }
            Flash = outcome.Message;
            return Redirect($"/indicators?unit={imported.Units[0]}&from={imported.From:yyyy-MM-dd}&to={imported.To:yyyy-MM-dd}");
        });
    }
}
