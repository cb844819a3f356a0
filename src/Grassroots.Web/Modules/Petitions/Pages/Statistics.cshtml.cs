using Grassroots.Web.Modules.Petitions.Statistics;
using Grassroots.Web.Modules.Reception.Contracts;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Petitions.Pages;

/// <summary>Reception and petition figures of a unit for a period, as the periodic reports print them.</summary>
public sealed class StatisticsModel(UnitPicker picker, UnitScope scope, IReceptionFigures reception, PetitionStatistics petitions, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public List<UnitOption> Units { get; private set; } = [];
    public ReceptionStatisticsDto? Reception { get; private set; }
    public PetitionStatisticsDto? Petitions { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        Units = await picker.OptionsAsync(Permission.View, UnitPick.Bodies, aliveOnly: false, ct: ct);
        Unit ??= Units.FirstOrDefault()?.Code;
        return await RunAsync(async () =>
        {
            var (unit, from, to) = await StatisticsQuery.RequireAsync(scope, Unit, From, To, ct);
            Reception = await reception.HandleAsync(unit, from, to, ct);
            Petitions = await petitions.HandleAsync(unit, from, to, ct);
            return Page();
        });
    }

    /// <summary>The petitions register of the unit and period on screen, as a workbook.</summary>
    public async Task<IActionResult> OnGetRegisterAsync([FromServices] Export.ExportPetitionRegister export, CancellationToken ct)
    {
        var (unit, from, to) = await StatisticsQuery.RequireAsync(scope, Unit, From, To, ct);
        return File(await export.HandleAsync(unit, from, to, ct), StatisticsQuery.XlsxContentType, Export.ExportPetitionRegister.FileName(unit, from, to));
    }
}
