using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators.Pages;

/// <summary>A unit's indicators for a period, rolled up, grouped by area.</summary>
public sealed class IndexModel(UnitPicker picker, IndicatorReader reader, IIndicatorCatalogue catalogue, TimeProvider clock) : UnitPeriodPage(picker, clock, Permission.View)
{
    public UnitValues? Figures { get; private set; }

    public IIndicatorCatalogue Catalogue => catalogue;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ChooseUnitAndPeriodAsync(ct);
        return await RunAsync(async () =>
        {
            Figures = await reader.UnitValuesAsync(Unit, From, To, ct);
            return Page();
        });
    }
}
