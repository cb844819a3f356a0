using Grassroots.Web.Modules.Home.Contracts;

namespace Grassroots.Web.Modules.Supervision;

/// <summary>
/// The recommendations waiting for an answer on the landing page ("Việc của tôi"): those addressed (or escalated) to a unit
/// the caller may answer for, overdue, and due within the week.
/// </summary>
public sealed class SupervisionWork(AppDbContext db, UnitScope scope, TimeProvider clock) : IMyWorkSource
{
    public const int SoonDays = 7;

    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        if (!await scope.HasAnywhereAsync(Permission.Edit, ct))
        {
            return null;
        }
        var today = clock.VietnamToday();
        var units = (await scope.VisibleUnitsAsync(Permission.Edit, ct)).Select(u => u.Id);
        var waiting = db.Set<Recommendation>().AsNoTracking()
            .Where(r => r.AnsweredOn == null && (units.Contains(r.AddressedUnitId) || (r.EscalatedToUnitId != null && units.Contains(r.EscalatedToUnitId.Value))));
        var overdue = await waiting.CountAsync(r => r.DueOn < today, ct);
        var soonLimit = today.AddDays(SoonDays);
        var soon = await waiting.CountAsync(r => r.DueOn >= today && r.DueOn <= soonLimit, ct);
        return new MyWorkGroup("supervision", 40, "MyWork.Supervision",
        [
            new("supervision-overdue", overdue, "/supervision?status=Overdue&toAnswer=true", "MyWork.Supervision.Overdue", "MyWork.Supervision.OverdueNone", Urgent: overdue > 0),
            new("supervision-soon", soon, $"/supervision?status=Open&toAnswer=true&dueTo={soonLimit:yyyy-MM-dd}", "MyWork.Supervision.Soon", "MyWork.Supervision.SoonNone"),
        ]);
    }
}
