using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Indicators.Pages;

/// <summary>A unit's indicators for a period, rolled up, grouped by area.</summary>
public sealed class IndexModel(UnitPicker picker, UnitScope scope, IndicatorFigures figures, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public List<UnitOption> Units { get; private set; } = [];
    public Dictionary<string, decimal?>? Values { get; private set; }
    public string? UnitName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = Platform.Clock.VietnamToday(clock);
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        Unit ??= Units.FirstOrDefault()?.Code;
        return await RunAsync(async () =>
        {
            var (unit, from, to) = await StatisticsQuery.RequireAsync(scope, Unit, From, To, ct);
            UnitName = unit.Name;
            Values = await figures.ValuesAsync(unit, from, to, ct);
            return Page();
        });
    }


    public static CultureInfo Culture => CultureInfo.CurrentUICulture;
}
