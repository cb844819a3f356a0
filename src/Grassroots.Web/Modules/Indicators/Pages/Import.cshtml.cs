using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators.Pages;

/// <summary>Download the template of a unit and period; upload it filled. A refused file lists every wrong cell.</summary>
public sealed class ImportModel(UnitPicker picker, UnitScope scope, IndicatorReader reader, IndicatorWorkbook workbook, ImportIndicatorValues import,
    TimeProvider clock) : UnitPeriodPage(picker, clock, Permission.Edit)
{
    [BindProperty] public IFormFile? Upload { get; set; }
    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ChooseUnitAndPeriodAsync(ct);
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
        await ListUnitsAsync(ct);
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
