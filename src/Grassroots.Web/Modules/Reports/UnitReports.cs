using System.Text.Json;

namespace Grassroots.Web.Modules.Reports;

public sealed record SaveReportRequest(Dictionary<string, string?>? Prose, string? Number = null, string? IssuingBody = null, string? ParentBody = null,
    string? Place = null, string? SignerTitle = null, string? SignerName = null, string? Recipients = null);

public sealed record UnitReportDto(Guid PeriodId, string UnitCode, string UnitName, ReportStatus Status, string? ReturnComment, DateTime? SubmittedAt,
    DateTime? AcceptedAt, ComposedReport Report);

/// <summary>
/// A unit's report through its workflow: draft → submitted → returned with comments (back to editing) or
/// accepted. Refused with a reason: editing or submitting a submitted or accepted report, anything in a
/// closed period, returning or accepting what is not submitted.
/// </summary>
public sealed class UnitReports(AppDbContext db, UnitScope scope, ReportPeriods periods, ReportComposer composer, CurrentUser user, TimeProvider clock)
{
    public const int ProseMaxLength = 20_000;

    public async Task<(ReportPeriod Period, Unit Unit, UnitReport? Report)> LoadAsync(Guid periodId, string unitCode, Permission permission, CancellationToken ct)
    {
        var period = await periods.RequireAsync(periodId, ct);
        var code = Text.Clean(unitCode);
        var unit = period.OwnerUnit!.Code == code ? period.OwnerUnit : period.Units.Select(u => u.Unit!).FirstOrDefault(u => u.Code == code)
            ?? throw DomainException.NotFound("Reports.UnitNotInPeriod", code);
        await scope.RequireAsync(unit, permission, ct);
        var report = await db.Set<UnitReport>().FirstOrDefaultAsync(r => r.PeriodId == periodId && r.UnitId == unit.Id, ct);
        return (period, unit, report);
    }

    public async Task<UnitReportDto> GetAsync(Guid periodId, string unitCode, CancellationToken ct = default)
    {
        var (period, unit, report) = await LoadAsync(periodId, unitCode, Permission.View, ct);
        return await ToDtoAsync(period, unit, report, ct);
    }

    public async Task<ComposedReport> ComposeAsync(Guid periodId, string unitCode, CancellationToken ct = default)
    {
        var (period, unit, report) = await LoadAsync(periodId, unitCode, Permission.View, ct);
        return await composer.ComposeAsync(period, unit, report, clock.VietnamToday(), ct);
    }

    public async Task<UnitReportDto> SaveAsync(Guid periodId, string unitCode, SaveReportRequest r, CancellationToken ct = default)
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
        var (period, unit, report) = await LoadAsync(periodId, unitCode, Permission.Edit, ct);
        RequireOpen(period);
        switch (report?.Status)
        {
            case ReportStatus.Submitted:
                throw DomainException.Conflict("Reports.EditSubmitted");
            case ReportStatus.Accepted:
                throw DomainException.Conflict("Reports.EditAccepted");
            default:
                break;
        }
        if (report is null)
        {
            report = new UnitReport { PeriodId = period.Id, UnitId = unit.Id, UpdatedBy = "" };
            db.Add(report);
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
        Touch(report);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(period, unit, report, ct);
    }

    public async Task<UnitReportDto> SubmitAsync(Guid periodId, string unitCode, CancellationToken ct = default)
    {
        var (period, unit, report) = await LoadAsync(periodId, unitCode, Permission.Edit, ct);
        RequireOpen(period);
        switch (report?.Status)
        {
            case ReportStatus.Submitted:
                throw DomainException.Conflict("Reports.AlreadySubmitted", Text.DateTime(report.SubmittedAt!.Value));
            case ReportStatus.Accepted:
                throw DomainException.Conflict("Reports.EditAccepted");
            default:
                break;
        }
        if (report is null)
        {
            report = new UnitReport { PeriodId = period.Id, UnitId = unit.Id, UpdatedBy = "" };
            db.Add(report);
        }
        report.Status = ReportStatus.Submitted;
        report.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        report.ReturnComment = null;
        Touch(report);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(period, unit, report, ct);
    }

    /// <summary>The level above returns a submitted report with its comments; the unit edits and submits again.</summary>
    public async Task<UnitReportDto> ReturnAsync(Guid periodId, string unitCode, string? comment, CancellationToken ct = default)
    {
        new Validation().Text(comment, "comment", 4000).ThrowIfInvalid();
        var (period, unit, report) = await ReviewAsync(periodId, unitCode, ct);
        report.Status = ReportStatus.Returned;
        report.ReturnComment = Text.Clean(comment);
        Touch(report);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(period, unit, report, ct);
    }

    public async Task<UnitReportDto> AcceptAsync(Guid periodId, string unitCode, CancellationToken ct = default)
    {
        var (period, unit, report) = await ReviewAsync(periodId, unitCode, ct);
        report.Status = ReportStatus.Accepted;
        report.AcceptedAt = clock.GetUtcNow().UtcDateTime;
        Touch(report);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(period, unit, report, ct);
    }

    private async Task<(ReportPeriod, Unit, UnitReport)> ReviewAsync(Guid periodId, string unitCode, CancellationToken ct)
    {
        var (period, unit, report) = await LoadAsync(periodId, unitCode, Permission.View, ct);
        await scope.RequireAsync(period.OwnerUnit!, Permission.Edit, ct);
        RequireOpen(period);
        if (unit.Id == period.OwnerUnitId)
        {
            throw DomainException.Conflict("Reports.OwnReportNotReviewed");
        }
        if (report?.Status != ReportStatus.Submitted)
        {
            throw DomainException.Conflict("Reports.NotSubmitted", report?.Status ?? ReportStatus.NotStarted);
        }
        return (period, unit, report);
    }

    private static void RequireOpen(ReportPeriod period)
    {
        if (period.Status == PeriodStatus.Closed)
        {
            throw DomainException.Conflict("Reports.PeriodClosed", period.Title);
        }
    }

    private void Touch(UnitReport report)
    {
        report.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        report.UpdatedBy = user.UserName ?? "system";
    }

    private async Task<UnitReportDto> ToDtoAsync(ReportPeriod period, Unit unit, UnitReport? report, CancellationToken ct) =>
        new(period.Id, unit.Code, unit.Name, report?.Status ?? ReportStatus.NotStarted, report?.ReturnComment, report?.SubmittedAt, report?.AcceptedAt,
            await composer.ComposeAsync(period, unit, report, clock.VietnamToday(), ct));
}
