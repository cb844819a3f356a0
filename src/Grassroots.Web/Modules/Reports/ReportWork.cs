using Grassroots.Web.Modules.Home.Contracts;

namespace Grassroots.Web.Modules.Reports;

/// <summary>
/// The reports waiting on the landing page ("Việc của tôi"): in open periods, the reports of the units the caller reaches
/// that are still to be submitted — before the due date, or after it — and those returned for correction; each named with a
/// link to its page (the first <see cref="Named"/>). A province's head sees every unit of the province that must report.
/// Those who consolidate (the steering committee, the report clerks, the heads) also see the reports sent up to the periods
/// they opened, waiting for them to accept or return.
/// </summary>
public sealed class ReportWork(AppDbContext db, UnitScope scope, TimeProvider clock) : IMyWorkSource
{
    /// <summary>At most this many reports are named one by one under each line; the count covers them all.</summary>
    public const int Named = 5;

    private sealed record Row(Guid PeriodId, string Title, DateOnly DueOn, string UnitCode, string UnitName, ReportStatus? Status);

    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        if (!await scope.HasAnywhereAsync(Permission.View, ct))
        {
            return null;
        }
        var today = clock.VietnamToday();
        var asked = await scope.FilterAsync(db.Set<ReportPeriodUnit>().AsNoTracking(), u => u.Unit!.Path, Permission.View, ct);
        var rows = await asked
            .Join(db.Set<ReportPeriod>().Where(p => p.Status == PeriodStatus.Open), a => a.PeriodId, p => p.Id, (a, p) => new Row(p.Id, p.Title, p.DueOn,
                a.Unit!.Code, a.Unit.Name,
                db.Set<UnitReport>().Where(r => r.PeriodId == a.PeriodId && r.UnitId == a.UnitId).Select(r => (ReportStatus?)r.Status).FirstOrDefault()))
            .ToListAsync(ct);
        // Not started (no report saved yet) or a draft: still to be submitted. Submitted and accepted ones wait on nobody here.
        var toWrite = rows.Where(r => r.Status is null or ReportStatus.NotStarted or ReportStatus.Draft).ToList();
        var due = toWrite.Where(r => r.DueOn >= today).ToList();
        var late = toWrite.Where(r => r.DueOn < today).ToList();
        var returned = rows.Where(r => r.Status == ReportStatus.Returned).ToList();
        List<MyWorkItem> review = [];
        if (await scope.HasAnywhereAsync(Permission.ConsolidateReports, ct))
        {
            var owned = await scope.FilterAsync(db.Set<ReportPeriod>().AsNoTracking().Where(p => p.Status == PeriodStatus.Open), p => p.OwnerUnit!.Path,
                Permission.ConsolidateReports, ct);
            var sent = await owned
                .Join(db.Set<UnitReport>().Where(r => r.Status == ReportStatus.Submitted), p => p.Id, r => r.PeriodId, (p, r) => new { p, r })
                .Where(x => x.r.UnitId != x.p.OwnerUnitId)
                .Select(x => new Row(x.p.Id, x.p.Title, x.p.DueOn, x.r.Unit!.Code, x.r.Unit.Name, x.r.Status))
                .ToListAsync(ct);
            review.Add(new("reports-review", sent.Count, "/reports", "MyWork.Reports.Review", "MyWork.Reports.ReviewNone", Details: Name(sent)));
        }
        return new MyWorkGroup("reports", 30, "MyWork.Reports",
        [
            .. review,
            new("reports-late", late.Count, "/reports", "MyWork.Reports.Late", "MyWork.Reports.LateNone", Urgent: late.Count > 0, Details: Name(late)),
            new("reports-due", due.Count, "/reports", "MyWork.Reports.Due", "MyWork.Reports.DueNone", Details: Name(due)),
            new("reports-returned", returned.Count, "/reports", "MyWork.Reports.Returned", "MyWork.Reports.ReturnedNone", Urgent: returned.Count > 0,
                Details: Name(returned)),
        ]);
    }

    private static List<MyWorkDetail> Name(List<Row> rows) => rows.OrderBy(r => r.DueOn).ThenBy(r => r.UnitCode, StringComparer.Ordinal).Take(Named)
        .Select(r => new MyWorkDetail($"{r.Title} — {r.UnitName}", $"/reports/{r.PeriodId}/units/{r.UnitCode}", r.DueOn)).ToList();
}
