namespace Grassroots.Web.Modules.Reports;

/// <summary>
/// Closes a period, after which nothing in it changes: when every unit's report has been accepted, or once the due date
/// has passed — never earlier with a unit still waiting.
/// </summary>
public sealed class ClosePeriod(AppDbContext db, UnitScope scope, ReportAccess access, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        var period = await access.PeriodAsync(id, ct);
        await scope.RequireAsync(period.OwnerUnit!, Permission.ConsolidateReports, ct);
        period.RequireOpen();
        var accepted = await db.Set<UnitReport>().CountAsync(r => r.PeriodId == id && r.UnitId != period.OwnerUnitId && r.Status == ReportStatus.Accepted, ct);
        var waiting = period.Units.Count - accepted;
        if (clock.VietnamToday() <= period.DueOn && waiting > 0)
        {
            throw DomainException.Conflict("Reports.CloseEarly", Text.Date(period.DueOn), waiting);
        }
        period.Status = PeriodStatus.Closed;
        period.ClosedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
