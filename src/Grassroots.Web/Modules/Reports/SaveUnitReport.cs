using System.Text.Json;

namespace Grassroots.Web.Modules.Reports;

/// <summary>The prose a unit writes by key, and the header fields it may change (empty ones keep what was there).</summary>
public sealed record SaveReportRequest(Dictionary<string, string?>? Prose, string? Number = null, string? IssuingBody = null, string? ParentBody = null,
    string? Place = null, string? SignerTitle = null, string? SignerName = null, string? Recipients = null);

/// <summary>
/// Saves a draft or a returned report (a returned one becomes a draft again); a submitted or accepted one, or any in a
/// closed period, is refused. An empty prose removes that key's text.
/// </summary>
public sealed class SaveUnitReport(AppDbContext db, ReportAccess access)
{
    public const int ProseMaxLength = FieldLength.Minutes;

    public async Task HandleAsync(Guid periodId, string unitCode, SaveReportRequest r, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text(r.Number, "number", 50, required: false)
            .Text(r.IssuingBody, "issuingBody", 300, required: false)
            .Text(r.ParentBody, "parentBody", 300, required: false)
            .Text(r.Place, "place", 200, required: false)
            .Text(r.SignerTitle, "signerTitle", 200, required: false)
            .Text(r.SignerName, "signerName", 200, required: false)
            .Text(r.Recipients, "recipients", 2000, required: false);
        foreach (var (key, text) in r.Prose ?? [])
        {
            v.Require(key.Length <= 60 && (text?.Length ?? 0) <= ProseMaxLength, $"prose.{key}", "Validation.TooLong");
        }
        v.ThrowIfInvalid();
        var report = await access.WritableAsync(periodId, unitCode, ct);
        switch (report.Status)
        {
            case ReportStatus.Submitted:
                throw DomainException.Conflict("Reports.EditSubmitted");
            case ReportStatus.Accepted:
                throw DomainException.Conflict("Reports.EditAccepted");
            default:
                break;
        }
        var prose = ReportComposer.ParseProse(report.Prose);
        foreach (var (key, text) in r.Prose ?? [])
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                prose.Remove(key);
            }
            else
            {
                prose[key] = Text.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal);
            }
        }
        report.Prose = JsonSerializer.Serialize(prose);
        report.Number = Text.CleanOrNull(r.Number) ?? report.Number;
        report.IssuingBody = Text.CleanOrNull(r.IssuingBody) ?? report.IssuingBody;
        report.ParentBody = Text.CleanOrNull(r.ParentBody) ?? report.ParentBody;
        report.Place = Text.CleanOrNull(r.Place) ?? report.Place;
        report.SignerTitle = Text.CleanOrNull(r.SignerTitle) ?? report.SignerTitle;
        report.SignerName = Text.CleanOrNull(r.SignerName) ?? report.SignerName;
        report.Recipients = Text.CleanOrNull(r.Recipients) ?? report.Recipients;
        if (report.Status == ReportStatus.Returned)
        {
            report.Status = ReportStatus.Draft;
        }
        access.Stamp(report);
        await db.SaveChangesAsync(ct);
    }
}
