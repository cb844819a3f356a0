using Grassroots.Web.Modules.Home.Contracts;

namespace Grassroots.Web.Modules.Assessment;

/// <summary>
/// The assessments waiting on the landing page ("Việc của tôi"): self-assessments of the caller's units overdue or due within
/// the week, and, for the level above, the submitted ones to appraise.
/// </summary>
public sealed class AssessmentWork(AppDbContext db, UnitScope scope, TimeProvider clock) : IMyWorkSource
{
    public const int SoonDays = 7;

    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        var edit = await scope.HasAnywhereAsync(Permission.Edit, ct);
        var assess = await scope.HasAnywhereAsync(Permission.Assess, ct);
        if (!edit && !assess)
        {
            return null;
        }
        var today = clock.VietnamToday();
        var soonLimit = today.AddDays(SoonDays);
        var items = new List<MyWorkItem>();
        if (edit)
        {
            var open = (await scope.FilterAsync(db.Set<UnitAssessment>().AsNoTracking(), a => a.Unit!.Path, Permission.Edit, ct))
                .Where(a => a.Status == AssessmentStatus.Open || a.Status == AssessmentStatus.Returned);
            var overdue = await open.CountAsync(a => (a.ExtendedTo ?? a.DueOn) < today, ct);
            var soon = await open.CountAsync(a => (a.ExtendedTo ?? a.DueOn) >= today && (a.ExtendedTo ?? a.DueOn) <= soonLimit, ct);
            items.Add(new("assessment-overdue", overdue, "/assessment?status=Open", "MyWork.Assessment.Overdue", "MyWork.Assessment.OverdueNone", Urgent: overdue > 0));
            items.Add(new("assessment-soon", soon, "/assessment?status=Open", "MyWork.Assessment.Soon", "MyWork.Assessment.SoonNone"));
        }
        if (assess)
        {
            // Only what the caller appraises as the level above: a unit's own people never appraise it.
            var grants = (await scope.GrantsAsync(ct)).Where(g => g.Role.Grants(Permission.Assess)).Select(g => g.UnitId).ToList();
            var waiting = await db.Set<UnitAssessment>().AsNoTracking()
                .CountAsync(a => a.Status == AssessmentStatus.Submitted && grants.Contains(a.Set!.IssuerUnitId), ct);
            items.Add(new("assessment-appraise", waiting, "/assessment?status=Submitted", "MyWork.Assessment.Appraise", "MyWork.Assessment.AppraiseNone", Urgent: false));
        }
        return new MyWorkGroup("assessment", 45, "MyWork.Assessment", items);
    }
}
