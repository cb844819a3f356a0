namespace Grassroots.Web.Modules.Reports;

/// <summary>
/// What the reader and the use cases share: who reaches a period (its owner, or one of the units that must report in it)
/// and a unit's report in it (the unit itself, or the level above), who writes it, and the stamp a change leaves on a report.
/// Every check is the unit scope's: a role on a unit reaches its subtree and nothing else.
/// </summary>
[Scoped]
public sealed class ReportAccess(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    /// <summary>The period with its template, owner and units, if the caller may see it.</summary>
    public async Task<ReportPeriod> PeriodAsync(Guid id, CancellationToken ct)
    {
        var period = await db.Set<ReportPeriod>().Include(p => p.Template).Include(p => p.OwnerUnit).Include(p => p.Units).ThenInclude(u => u.Unit)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("Reports.PeriodNotFound");
        if (await scope.CanAsync(period.OwnerUnit!, Permission.View, ct))
        {
            return period;
        }
        foreach (var u in period.Units)
        {
            if (await scope.CanAsync(u.Unit!, Permission.View, ct))
            {
                return period;
            }
        }
        throw DomainException.Forbidden("Auth.ForbiddenUnit", period.OwnerUnit!.Name);
    }

    /// <summary>A unit's report of a period (none until somebody saves it; the owner's own one is the consolidated report).</summary>
    public async Task<(ReportPeriod Period, Unit Unit, UnitReport? Report)> UnitReportAsync(Guid periodId, string unitCode, Permission permission, CancellationToken ct)
    {
        var period = await PeriodAsync(periodId, ct);
        var code = Text.Clean(unitCode);
        var unit = period.OwnerUnit!.Code == code ? period.OwnerUnit : period.Units.Select(u => u.Unit!).FirstOrDefault(u => u.Code == code)
            ?? throw DomainException.NotFound("Reports.UnitNotInPeriod", code);
        await scope.RequireAsync(unit, permission, ct);
        var report = await db.Set<UnitReport>().FirstOrDefaultAsync(r => r.PeriodId == periodId && r.UnitId == unit.Id, ct);
        return (period, unit, report);
    }

    /// <summary>
    /// What writing the whole of a unit's report asks: the consolidated report (the owner's own one) belongs to those who
    /// consolidate (<see cref="Permission.ConsolidateReports"/>: the steering committee, the report clerks, the heads); a
    /// unit's report to its own staff (<see cref="Permission.Edit"/>).
    /// </summary>
    public static Permission WritePermission(ReportPeriod period, Unit unit) =>
        unit.Id == period.OwnerUnitId ? Permission.ConsolidateReports : Permission.Edit;

    /// <summary>Whether the caller writes the whole report (true), only its supervision part (false, a supervisor), or nothing (refused).</summary>
    public async Task<bool> WriterAsync(ReportPeriod period, Unit unit, CancellationToken ct)
    {
        if (await scope.CanAsync(unit, WritePermission(period, unit), ct))
        {
            return true;
        }
        await scope.RequireAsync(unit, Permission.WriteSupervision, ct);
        return false;
    }

    /// <summary>The report a unit writes (whole, or its supervision part), started if nobody has saved it yet; refused in a closed period.</summary>
    public async Task<(UnitReport Report, ReportPeriod Period, bool Whole)> WriterAsync(Guid periodId, string unitCode, CancellationToken ct)
    {
        var (period, unit, report) = await UnitReportAsync(periodId, unitCode, Permission.View, ct);
        var whole = await WriterAsync(period, unit, ct);
        period.RequireOpen();
        if (report is null)
        {
            report = new UnitReport { PeriodId = period.Id, UnitId = unit.Id, UpdatedBy = "" };
            db.Add(report);
        }
        return (report, period, whole);
    }

    /// <summary>The report a unit writes and sends as a whole, started if nobody has saved it yet; refused in a closed period.</summary>
    public async Task<UnitReport> WritableAsync(Guid periodId, string unitCode, CancellationToken ct)
    {
        var (period, unit, report) = await UnitReportAsync(periodId, unitCode, Permission.View, ct);
        await scope.RequireAsync(unit, WritePermission(period, unit), ct);
        period.RequireOpen();
        if (report is null)
        {
            report = new UnitReport { PeriodId = period.Id, UnitId = unit.Id, UpdatedBy = "" };
            db.Add(report);
        }
        return report;
    }

    /// <summary>A sub-unit's submitted report, which the level above (the period's owner) returns or accepts.</summary>
    public async Task<UnitReport> SubmittedAsync(Guid periodId, string unitCode, CancellationToken ct)
    {
        var (period, unit, report) = await UnitReportAsync(periodId, unitCode, Permission.View, ct);
        await scope.RequireAsync(period.OwnerUnit!, Permission.ConsolidateReports, ct);
        period.RequireOpen();
        if (unit.Id == period.OwnerUnitId)
        {
            throw DomainException.Conflict("Reports.OwnReportNotReviewed");
        }
        return report?.Status == ReportStatus.Submitted ? report : throw DomainException.Conflict("Reports.NotSubmitted", report?.Status ?? ReportStatus.NotStarted);
    }

    /// <summary>Who changed the report last, and when.</summary>
    public void Stamp(UnitReport report)
    {
        report.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        report.UpdatedBy = user.UserName ?? "system";
    }
}
