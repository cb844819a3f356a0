using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Indicators.Pages;

public sealed record DashboardPoint(string Label, decimal? Value);

public sealed record RankRow(int Rank, string Code, string Name, decimal? Value);

/// <summary>Main indicators of a unit by half-year since 2021, and its sub-units compared and ranked for one half-year.</summary>
public sealed class DashboardModel(UnitPicker picker, UnitScope scope, AppDbContext db, IndicatorFigures figures, TimeProvider clock) : AppPageModel
{
    public static readonly string[] MainKeys =
    [
        "reception.visits", "petitions.letters", "petitions.resolution_rate", "onestop.received", "onestop.on_time_rate", "mediation.success_rate",
    ];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? Half { get; set; }
    public List<UnitOption> Units { get; private set; } = [];
    public List<(string Label, DateOnly From, DateOnly To)> Halves { get; private set; } = [];
    public string? UnitName { get; private set; }
    public Dictionary<string, decimal?> Latest { get; private set; } = [];
    public List<DashboardPoint> OverTime { get; private set; } = [];
    public List<RankRow> Ranking { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        for (var y = 2021; y <= today.Year; y++)
        {
            foreach (var (h, from, to) in new[] { (1, new DateOnly(y, 1, 1), new DateOnly(y, 6, 30)), (2, new DateOnly(y, 7, 1), new DateOnly(y, 12, 31)) })
            {
                if (from <= today)
                {
                    Halves.Add(($"{h.ToString(CultureInfo.InvariantCulture)}/{y.ToString(CultureInfo.InvariantCulture)}", from, to));
                }
            }
        }
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        Unit ??= Units.FirstOrDefault()?.Code;
        Key = IndicatorCatalogue.Find(Key ?? "") is null ? MainKeys[0] : Key;
        var selected = Halves.FirstOrDefault(h => h.Label == Half);
        if (selected == default)
        {
            selected = Halves.Count > 1 ? Halves[^2] : Halves[^1];
        }
        Half = selected.Label;
        if (Unit is null)
        {
            return;
        }
        var unit = await scope.RequireAsync(Text.Clean(Unit), Permission.View, ct);
        UnitName = unit.Name;
        foreach (var (label, from, to) in Halves)
        {
            var values = await figures.ValuesAsync(unit, from, to, ct);
            OverTime.Add(new(label, values.GetValueOrDefault(Key!)));
            if (label == Half)
            {
                Latest = values;
            }
        }
        var kinds = new[] { UnitKind.District, UnitKind.Commune, UnitKind.Ward, UnitKind.Township, UnitKind.SpecialZone };
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id && kinds.Contains(u.Kind))
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= selected.To) && (u.ValidTo == null || u.ValidTo > selected.From)).ToListAsync(ct);
        if (children.Count > 0)
        {
            var byUnit = await figures.ValuesForAsync(children, selected.From, selected.To, ct);
            var rank = 0;
            Ranking = children.Select(c => (c, v: byUnit[c.Id].GetValueOrDefault(Key!)))
                .OrderByDescending(x => x.v ?? decimal.MinValue).ThenBy(x => x.c.Name, Text.VietnameseOrder)
                .Select(x => new RankRow(++rank, x.c.Code, x.c.Name, x.v)).ToList();
        }
    }
}
