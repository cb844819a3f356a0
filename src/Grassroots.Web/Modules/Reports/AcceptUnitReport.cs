namespace Grassroots.Web.Modules.Reports;

/// <summary>The level above accepts a submitted report: it can no longer be changed.</summary>
public sealed class AcceptUnitReport(AppDbContext db, ReportAccess access, TimeProvider clock)
{
    public async Task HandleAsync(Guid periodId, string unitCode, CancellationToken ct = default)
    {
        var report = await access.SubmittedAsync(periodId, unitCode, ct);
        report.Status = ReportStatus.Accepted;
        report.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        access.Stamp(report);
        await db.SaveChangesAsync(ct);
    }
}
