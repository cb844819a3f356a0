using System.Globalization;
using Grassroots.Web.Modules.Directory.Pages;
using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Http;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Indicators.Pages;

/// <summary>A unit's indicators for a period, rolled up, grouped by area.</summary>
public sealed class IndexModel(UnitScope scope, IndicatorFigures figures, TimeProvider clock) : AppPageModel
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
        Units = await UnitOptionsAsync(scope, Permission.View, ct);
        Unit ??= Units.FirstOrDefault()?.Code;
        return await RunAsync(async () =>
        {
            var (unit, from, to) = await StatisticsQuery.RequireAsync(scope, Unit, From, To, ct);
            UnitName = unit.Name;
            Values = await figures.ValuesAsync(unit, from, to, ct);
            return Page();
        });
    }

    internal static async Task<List<UnitOption>> UnitOptionsAsync(UnitScope scope, Permission permission, CancellationToken ct) =>
        await (await scope.VisibleUnitsAsync(permission, ct)).AsNoTracking()
            .Where(u => u.Kind != Directory.UnitKind.ResidentialCommunity)
            .OrderBy(u => u.Path).Select(u => new UnitOption(u.Code, u.Name)).Take(500).ToListAsync(ct);

    public static CultureInfo Culture => CultureInfo.CurrentUICulture;
}
