namespace Grassroots.Web.Modules.Reception.Pages;

/// <summary>The head's reception days as the law asks them published (LTCD): no sign-in.</summary>
public sealed class PublicScheduleModel(ReceptionReader reader, TimeProvider clock) : PageModel
{
    public PublicSchedule Schedule { get; private set; } = null!;
    public string UnitCode { get; private set; } = "";

    public async Task OnGetAsync(string unitCode, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        UnitCode = Text.Clean(unitCode);
        Schedule = await reader.PublicScheduleAsync(unitCode, today.AddMonths(-1), today.AddMonths(2), ct);
    }
}
