namespace Grassroots.Web.Modules.Reception.Pages;

/// <summary>
/// Reception and petition figures of a unit for a period, as the periodic reports print them, with both registers to
/// download: the reception log (on the sessions page) and the petitions register (read through <see cref="IPetitionFigures"/>).
/// </summary>
public sealed class StatisticsModel(UnitPicker picker, UnitScope scope, ReceptionStatistics reception, IPetitionFigures petitions, TimeProvider clock) : UnitPeriodPage(picker, clock, Permission.View)
{
    public ReceptionStatisticsDto? Reception { get; private set; }
    public PetitionStatisticsDto? Petitions { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ChooseUnitAndPeriodAsync(ct);
        return await RunAsync(async () =>
        {
            var (unit, from, to) = await StatisticsQuery.RequireAsync(scope, Unit, From, To, ct);
            Reception = await reception.HandleAsync(unit, from, to, ct);
            Petitions = await petitions.OfAsync(unit, from, to, ct);
            return Page();
        });
    }

    /// <summary>The petitions register of the unit and period on screen, as a workbook.</summary>
    public async Task<IActionResult> OnGetRegisterAsync(CancellationToken ct)
    {
        var (unit, from, to) = await StatisticsQuery.RequireAsync(scope, Unit, From, To, ct);
        var register = await petitions.RegisterAsync(unit, from, to, ct);
        return FileDownloads.Attachment(this, register);
    }
}
