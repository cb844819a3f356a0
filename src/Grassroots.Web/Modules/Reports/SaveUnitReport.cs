using System.Text.Json;

namespace Grassroots.Web.Modules.Reports;

/// <summary>
/// The prose a unit writes by key, and the header fields it may change (empty ones keep what was there): the number
/// ("05", printed before the template's symbol), the signer, the issue date, the recipients.
/// </summary>
public sealed record SaveReportRequest(Dictionary<string, string?>? Prose, string? Number = null, string? IssuingBody = null, string? ParentBody = null,
    string? Place = null, string? SignerTitle = null, string? SignerName = null, string? Recipients = null, DateOnly? IssuedOn = null);

/// <summary>
/// Saves a draft or a returned report (a returned one becomes a draft again); a submitted or accepted one, or any in a
/// closed period, is refused. An empty prose removes that key's text. A supervisor writes only the template's supervision
/// prose, nothing of the header.
/// </summary>
public sealed class SaveUnitReport(AppDbContext db, ReportAccess access)
{
    /// <summary>The number of a document (số): digits, optionally with a letter or a dot ("05", "12a").</summary>
    public const int NumberMaxLength = 10;

    public const int ProseMaxLength = FieldLength.Minutes;

    public async Task HandleAsync(Guid periodId, string unitCode, SaveReportRequest r, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text(r.Number, "number", NumberMaxLength, required: false)
            .Require(r.Number is null || Text.Clean(r.Number).All(c => char.IsAsciiLetterOrDigit(c) || c == '.'), "number", "Reports.NumberInvalid")
            .Require(r.IssuedOn is null || r.IssuedOn.Value.Year is >= 2000 and <= 2100, "issuedOn", "Reports.IssuedOnInvalid")
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
        var (report, period, whole) = await access.WriterAsync(periodId, unitCode, ct);
        if (!whole)
        {
            var allowed = period.Template!.Parse().SupervisionKeys();
            if ((r.Prose ?? []).Keys.Any(k => !allowed.Contains(k))
                || new[] { r.Number, r.IssuingBody, r.ParentBody, r.Place, r.SignerTitle, r.SignerName, r.Recipients }.Any(x => !string.IsNullOrWhiteSpace(x))
                || r.IssuedOn is not null)
            {
                throw DomainException.Forbidden("Reports.SupervisionOnly");
            }
        }
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
        report.IssuedOn = r.IssuedOn ?? report.IssuedOn;
        if (report.Status == ReportStatus.Returned)
        {
            report.Status = ReportStatus.Draft;
        }
        access.Stamp(report);
        await db.SaveChangesAsync(ct);
    }
}
