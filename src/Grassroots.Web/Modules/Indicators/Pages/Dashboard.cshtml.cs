using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators.Pages;

/// <summary>Main indicators of a unit by half-year since 2021, and its sub-units compared and ranked for one half-year.</summary>
public sealed class DashboardModel(UnitPicker picker, IndicatorReader reader, IIndicatorCatalogue catalogue) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? Half { get; set; }
    public List<UnitOption> Units { get; private set; } = [];
    public DashboardView View { get; private set; } = null!;

    public IIndicatorCatalogue Catalogue => catalogue;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        Unit ??= Units.FirstOrDefault()?.Code;
        View = await reader.DashboardAsync(Unit, Key, Half, ct);
        (Key, Half) = (View.Key, View.Half);
    }
}
