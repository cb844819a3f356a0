namespace Grassroots.Web.Modules.Reports;

/// <summary>A unit sends its report to the level above; a report already submitted or accepted is not sent again.</summary>
public sealed class SubmitUnitReport(AppDbContext db, ReportAccess access, Grassroots.Web.Platform.Outbox.Outbox outbox, TimeProvider clock)
{
    public async Task HandleAsync(Guid periodId, string unitCode, CancellationToken ct = default)
    {
        var report = await access.WritableAsync(periodId, unitCode, ct);
        switch (report.Status)
        {
            case ReportStatus.Submitted:
                throw DomainException.Conflict("Reports.AlreadySubmitted", Text.DateTime(report.SubmittedAt!.Value));
            case ReportStatus.Accepted:
                throw DomainException.Conflict("Reports.EditAccepted");
            default:
                break;
        }
        report.Status = ReportStatus.Submitted;
        report.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        report.ReturnComment = null;
        access.Stamp(report);
        // A resubmission after a return is another event ("report.submitted" with its time in the key).
        await outbox.PublishAsync("report.submitted", $"report.submitted:{report.Id}:{report.SubmittedAt:yyyyMMddHHmmss}", new
        {
            periodId, unitCode = report.Unit?.Code ?? unitCode, submittedAt = report.SubmittedAt,
        }, ct);
        await db.SaveChangesAsync(ct);
    }
}
