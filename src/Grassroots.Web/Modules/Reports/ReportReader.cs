using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reports;

public sealed record PeriodUnitStatus(string UnitCode, string UnitName, ReportStatus Status, DateTime? SubmittedAt, bool Late, IReadOnlyList<ReminderKind> Reminders);

/// <summary>A period; with <see cref="Units"/> (who has reported, who is late, the reminders sent) when it is one period's view.</summary>
public sealed record PeriodDto(Guid Id, string Title, string TemplateKey, int TemplateVersion, string OwnerCode, string OwnerName, DateOnly From, DateOnly To,
    DateOnly DueOn, string Recipient, PeriodStatus Status, ReportStatus OwnReport, IReadOnlyList<PeriodUnitStatus>? Units);

/// <summary>
/// A period as its page shows it: <see cref="CanManage"/> for those who consolidate at the unit that opened it (review, the
/// consolidated report, closing), <see cref="CanEnterFigures"/> for its staff (the period's spreadsheet); a reporting unit
/// sees only its own line. <see cref="Missing"/>: what the consolidated report still lacks before it is signed.
/// </summary>
public sealed record PeriodView(PeriodDto Period, bool CanManage, bool CanEnterFigures = false, IReadOnlyList<ReportGap>? Missing = null);

public sealed record UnitReportDto(Guid PeriodId, string UnitCode, string UnitName, ReportStatus Status, string? ReturnComment, DateTime? SubmittedAt,
    DateTime? AcceptedAt, ComposedReport Report);

/// <summary>
/// A unit's report as its page shows it: whether the caller may write it now (<see cref="CanEdit"/>: the whole of it;
/// <see cref="SupervisionKeys"/>: only those prose keys, a supervisor), or review it (the level above, once submitted).
/// </summary>
public sealed record UnitReportView(UnitReportDto Report, PeriodDto Period, bool CanEdit, bool CanReview, IReadOnlySet<string>? SupervisionKeys = null);

/// <summary>The spreadsheet of a period's entered indicators × its units.</summary>
public sealed record PeriodSpreadsheet(string OwnerCode, DateOnly From, byte[] Content);

public sealed record TemplateDto(string Key, int Version, string Name, DateTime CreatedAt, string CreatedBy, TemplateBody? Body);

/// <summary>The templates, the one chosen with its body, and whether the caller may save a new version.</summary>
public sealed record TemplatesView(IReadOnlyList<TemplateDto> Templates, TemplateDto? Current, bool CanEdit);

/// <summary>
/// Every list and view of report periods, unit reports and templates, for the API and the pages alike: a period is seen by
/// those who reach its owner or one of the units that must report in it; a unit's report by those who reach the unit.
/// </summary>
public sealed class ReportReader(AppDbContext db, UnitScope scope, ReportAccess access, ReportComposer composer, IIndicatorWorkbook workbook,
    TimeProvider clock)
{
    /// <summary>Periods opened by a unit in reach, or asking one to report; with <paramref name="unit"/>, those of that unit's subtree.</summary>
    public async Task<List<PeriodDto>> ListAsync(string? unit, CancellationToken ct)
    {
        var owned = await scope.ListAsync(db.Set<ReportPeriod>().AsNoTracking(), p => p.OwnerUnit!.Path, unit, ct: ct);
        var asked = await scope.ListAsync(db.Set<ReportPeriodUnit>().AsNoTracking(), u => u.Unit!.Path, unit, ct: ct);
        var askedIds = asked.Select(a => a.PeriodId);
        return await db.Set<ReportPeriod>().AsNoTracking()
            .Where(p => owned.Select(o => o.Id).Contains(p.Id) || askedIds.Contains(p.Id))
            .OrderByDescending(p => p.To).ThenByDescending(p => p.OpenedAt).Take(200)
            .Select(p => new PeriodDto(p.Id, p.Title, p.Template!.Key, p.Template.Version, p.OwnerUnit!.Code, p.OwnerUnit.Name, p.From, p.To, p.DueOn, p.Recipient,
                p.Status, ReportStatus.NotStarted, null))
            .ToListAsync(ct);
    }

    /// <summary>Who has reported, who is late, the reminders sent.</summary>
    public async Task<PeriodDto> PeriodAsync(Guid id, CancellationToken ct) => await StatusAsync(await access.PeriodAsync(id, ct), ct);

    public async Task<PeriodView> PeriodViewAsync(Guid id, CancellationToken ct)
    {
        var period = await access.PeriodAsync(id, ct);
        var dto = await StatusAsync(period, ct);
        if (!await scope.CanAsync(period.OwnerUnit!, Permission.View, ct))
        {
            // A commune sees only its own line.
            var mine = new List<PeriodUnitStatus>();
            foreach (var u in dto.Units!)
            {
                if (await scope.CanAsync(period.Units.Single(x => x.Unit!.Code == u.UnitCode).Unit!, Permission.View, ct))
                {
                    mine.Add(u);
                }
            }
            dto = dto with { Units = mine };
        }
        var canManage = await scope.CanAsync(period.OwnerUnit!, Permission.ConsolidateReports, ct);
        var missing = canManage
            ? (await composer.ComposeAsync(period, period.OwnerUnit!, await OwnReportAsync(period, ct), clock.VietnamToday(), ct: ct)).Missing
            : null;
        return new PeriodView(dto, canManage, await scope.CanAsync(period.OwnerUnit!, Permission.Edit, ct), missing);
    }

    private Task<UnitReport?> OwnReportAsync(ReportPeriod period, CancellationToken ct) =>
        db.Set<UnitReport>().AsNoTracking().FirstOrDefaultAsync(r => r.PeriodId == period.Id && r.UnitId == period.OwnerUnitId, ct);

    /// <summary>The period's spreadsheet for its owner: the owner and the units that must report, for the period's dates.</summary>
    public async Task<PeriodSpreadsheet> SpreadsheetAsync(Guid id, CancellationToken ct)
    {
        var period = await access.PeriodAsync(id, ct);
        await scope.RequireAsync(period.OwnerUnit!, Permission.Edit, ct);
        var units = period.Units.Select(u => u.Unit!).OrderBy(u => u.Code, StringComparer.Ordinal).Prepend(period.OwnerUnit!).ToList();
        return new PeriodSpreadsheet(period.OwnerUnit!.Code, period.From, await workbook.TemplateAsync(units, period.From, period.To, period.Title, ct));
    }

    /// <summary>A unit's report: its status and its composed text (the owner's: consolidated).</summary>
    public async Task<UnitReportDto> UnitReportAsync(Guid periodId, string unitCode, CancellationToken ct)
    {
        var (period, unit, report) = await access.UnitReportAsync(periodId, unitCode, Permission.View, ct);
        return await ToDtoAsync(period, unit, report, ct);
    }

    public async Task<UnitReportView> UnitReportViewAsync(Guid periodId, string unitCode, CancellationToken ct)
    {
        var (period, unit, report) = await access.UnitReportAsync(periodId, unitCode, Permission.View, ct);
        var dto = await ToDtoAsync(period, unit, report, ct);
        var open = period.Status == PeriodStatus.Open;
        var writable = open && dto.Status is ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Returned;
        var canEdit = writable && await scope.CanAsync(unit, ReportAccess.WritePermission(period, unit), ct);
        var supervision = writable && !canEdit && await scope.CanAsync(unit, Permission.WriteSupervision, ct) ? period.Template!.Parse().SupervisionKeys() : null;
        var canReview = open && unit.Id != period.OwnerUnitId && dto.Status == ReportStatus.Submitted
            && await scope.CanAsync(period.OwnerUnit!, Permission.ConsolidateReports, ct);
        return new UnitReportView(dto, await StatusAsync(period, ct), canEdit, canReview, supervision is { Count: > 0 } ? supervision : null);
    }

    /// <summary>A unit's report ready to print or export: a section with nothing written in it is left out, the others numbered on.</summary>
    public async Task<ComposedReport> ComposeAsync(Guid periodId, string unitCode, CancellationToken ct)
    {
        var (period, unit, report) = await access.UnitReportAsync(periodId, unitCode, Permission.View, ct);
        return await composer.ComposeAsync(period, unit, report, clock.VietnamToday(), omitEmpty: true, ct);
    }

    /// <summary>The latest version of each template.</summary>
    public async Task<List<TemplateDto>> TemplatesAsync(CancellationToken ct)
    {
        await BuiltInTemplates.EnsureAsync(db, clock, ct);
        var all = await db.Set<ReportTemplate>().AsNoTracking().OrderBy(t => t.Key).ThenByDescending(t => t.Version).ToListAsync(ct);
        return all.GroupBy(t => t.Key).Select(g => g.First()).Select(t => new TemplateDto(t.Key, t.Version, t.Name, t.CreatedAt, t.CreatedBy, null)).ToList();
    }

    /// <summary>A template's latest version with its sections.</summary>
    public async Task<TemplateDto> TemplateAsync(string key, CancellationToken ct)
    {
        await BuiltInTemplates.EnsureAsync(db, clock, ct);
        var clean = Text.Clean(key);
        var t = await db.Set<ReportTemplate>().AsNoTracking().Where(x => x.Key == clean).OrderByDescending(x => x.Version).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Reports.TemplateNotFound", clean);
        return new TemplateDto(t.Key, t.Version, t.Name, t.CreatedAt, t.CreatedBy, t.Parse());
    }

    /// <summary>The templates with one of them (the first unless chosen); the nation's administrators may save a new version.</summary>
    public async Task<TemplatesView> TemplatesViewAsync(string? key, CancellationToken ct)
    {
        var templates = await TemplatesAsync(ct);
        key ??= templates.FirstOrDefault()?.Key;
        var current = key is null || templates.All(t => t.Key != key) ? null : await TemplateAsync(key, ct);
        var root = await db.Units.AsNoTracking().FirstAsync(u => u.ParentId == null, ct);
        return new TemplatesView(templates, current, await scope.CanAsync(root, Permission.ManageUnits, ct));
    }

    private async Task<PeriodDto> StatusAsync(ReportPeriod period, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var reports = await db.Set<UnitReport>().AsNoTracking().Where(r => r.PeriodId == period.Id)
            .Select(r => new { r.UnitId, r.Status, r.SubmittedAt }).ToListAsync(ct);
        var reminders = await db.Set<ReportReminder>().AsNoTracking().Where(r => r.PeriodId == period.Id).ToListAsync(ct);
        var units = period.Units.Select(u => u.Unit!).OrderBy(u => u.Code, StringComparer.Ordinal).Select(u =>
        {
            var rep = reports.FirstOrDefault(r => r.UnitId == u.Id);
            var status = rep?.Status ?? ReportStatus.NotStarted;
            var late = status is ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Returned
                ? today > period.DueOn
                : rep!.SubmittedAt is { } at && Clock.VietnamDay(at) > period.DueOn;
            return new PeriodUnitStatus(u.Code, u.Name, status, rep?.SubmittedAt, late,
                reminders.Where(x => x.UnitId == u.Id).OrderBy(x => x.On).Select(x => x.Kind).ToList());
        }).ToList();
        var own = reports.FirstOrDefault(r => r.UnitId == period.OwnerUnitId)?.Status ?? ReportStatus.NotStarted;
        return new PeriodDto(period.Id, period.Title, period.Template!.Key, period.Template.Version, period.OwnerUnit!.Code, period.OwnerUnit.Name,
            period.From, period.To, period.DueOn, period.Recipient, period.Status, own, units);
    }

    private async Task<UnitReportDto> ToDtoAsync(ReportPeriod period, Unit unit, UnitReport? report, CancellationToken ct) =>
        new(period.Id, unit.Code, unit.Name, report?.Status ?? ReportStatus.NotStarted, report?.ReturnComment, report?.SubmittedAt, report?.AcceptedAt,
            await composer.ComposeAsync(period, unit, report, clock.VietnamToday(), ct: ct));
}
