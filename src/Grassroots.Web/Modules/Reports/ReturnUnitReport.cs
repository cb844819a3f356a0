namespace Grassroots.Web.Modules.Reports;

public sealed record ReturnRequest(string? Comment);

/// <summary>The level above returns a submitted report with its comments; the unit edits and submits again.</summary>
public sealed class ReturnUnitReport(AppDbContext db, ReportAccess access)
{
    public async Task HandleAsync(Guid periodId, string unitCode, ReturnRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Comment, "comment", FieldLength.Text).ThrowIfInvalid();
        var report = await access.SubmittedAsync(periodId, unitCode, ct);
        report.Status = ReportStatus.Returned;
        report.ReturnComment = Text.Clean(r.Comment);
        access.Stamp(report);
        await db.SaveChangesAsync(ct);
    }
}
