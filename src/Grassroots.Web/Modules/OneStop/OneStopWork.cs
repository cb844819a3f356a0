using Grassroots.Web.Modules.Home.Contracts;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>
/// "Việc của tôi": the dossiers overdue at the one-stop offices of the units the caller may edit, as the latest imported
/// month of each unit says (within the last two months: older figures are no news), and whether last month's figures are in.
/// </summary>
public sealed class OneStopWork(AppDbContext db, UnitScope scope, TimeProvider clock) : IMyWorkSource
{
    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        if (!await scope.HasAnywhereAsync(Permission.Edit, ct))
        {
            return null;
        }
        var today = clock.VietnamToday();
        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        var units = (await scope.VisibleUnitsAsync(Permission.Edit, ct)).Select(u => u.Id);
        var recent = await db.Set<OneStopFigures>().AsNoTracking().Where(f => units.Contains(f.UnitId) && f.To >= since)
            .Select(f => new { f.UnitId, f.To, f.PendingOverdue }).ToListAsync(ct);
        var latest = recent.GroupBy(f => f.UnitId).Select(g => g.MaxBy(f => f.To)!).ToList();
        var overdue = latest.Sum(l => l.PendingOverdue);
        // Units whose figures came in before but not for last month.
        var lastMonthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var missing = latest.Count(l => l.To < lastMonthEnd);
        return new MyWorkGroup("onestop", 45, "MyWork.OneStop",
        [
            new("onestop-overdue", overdue, "/onestop#overdue", "MyWork.OneStop.Overdue", "MyWork.OneStop.OverdueNone", Urgent: overdue > 0),
            new("onestop-missing", missing, "/onestop#imports", "MyWork.OneStop.Missing", "MyWork.OneStop.MissingNone"),
        ]);
    }
}
