using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators.Pages;

/// <summary>A unit's indicators for a period, rolled up, grouped by area.</summary>
public sealed class IndexModel(UnitPicker picker, IndicatorReader reader, IIndicatorCatalogue catalogue, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public List<UnitOption> Units { get; private set; } = [];
    public UnitValues? Figures { get; private set; }

    public IIndicatorCatalogue Catalogue => catalogue;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        Unit ??= Units.FirstOrDefault()?.Code;
        return await RunAsync(async () =>
        {
            Figures = await reader.UnitValuesAsync(Unit, From, To, ct);
            return Page();
        });
    }
}
