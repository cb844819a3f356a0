using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Grassroots.Web.Modules.Reception.Pages;

/// <summary>The head's reception days as the law asks them published (LTCD): no sign-in.</summary>
public sealed class PublicScheduleModel(ReceptionSchedule schedule, AppDbContext db, TimeProvider clock) : PageModel
{
    public string UnitName { get; private set; } = "";
    public List<ScheduledDay> Days { get; private set; } = [];

    public async Task OnGetAsync(string unitCode, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct) ?? throw DomainException.NotFound("Unit.NotFound", unitCode);
        UnitName = unit.Name;
        var today = clock.VietnamToday();
        Days = await schedule.DaysAsync(unit, today.AddMonths(-1), today.AddMonths(2), ct);
    }
}
