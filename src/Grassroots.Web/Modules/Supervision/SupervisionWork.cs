using Grassroots.Web.Modules.Home.Contracts;

namespace Grassroots.Web.Modules.Supervision;

/// <summary>
/// The recommendations waiting for an answer on the landing page ("Việc của tôi"): those addressed (or escalated) to a unit
/// the caller may answer for, overdue, and due within the week; and the dialogues whose results are past their day to be published.
/// </summary>
public sealed class SupervisionWork(AppDbContext db, UnitScope scope, TimeProvider clock) : IMyWorkSource
{
    public const int SoonDays = 7;

    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        if (!await scope.HasAnywhereAsync(Permission.Edit, ct))
        {
            return null;
        }
        var today = clock.VietnamToday();
        var units = (await scope.VisibleUnitsAsync(Permission.Edit, ct)).Select(u => u.Id);
        var waiting = db.Set<Recommendation>().AsNoTracking()
            .Where(r => r.AnsweredOn == null && (units.Contains(r.AddressedUnitId) || (r.EscalatedToUnitId != null && units.Contains(r.EscalatedToUnitId.Value))));
        var overdue = await waiting.CountAsync(r => r.DueOn < today, ct);
        var soonLimit = today.AddDays(SoonDays);
        var soon = await waiting.CountAsync(r => r.DueOn >= today && r.DueOn <= soonLimit, ct);
        // Dialogues whose results were due to be published (DLG-RESULTS-10) and are not.
        var unpublished = await db.Set<Dialogue>().AsNoTracking()
            .CountAsync(d => units.Contains(d.UnitId) && d.ResultsPublishedOn == null && d.ResultsDueOn != null && d.ResultsDueOn < today, ct);
        return new MyWorkGroup("supervision", 40, "MyWork.Supervision",
        [
            new("supervision-overdue", overdue, "/supervision?status=Overdue&toAnswer=true", "MyWork.Supervision.Overdue", "MyWork.Supervision.OverdueNone", Urgent: overdue > 0),
            new("supervision-soon", soon, $"/supervision?status=Open&toAnswer=true&dueTo={soonLimit:yyyy-MM-dd}", "MyWork.Supervision.Soon", "MyWork.Supervision.SoonNone"),
            new("dialogue-results", unpublished, "/supervision/dialogues", "MyWork.Supervision.Results", "MyWork.Supervision.ResultsNone", Urgent: unpublished > 0),
        ]);
    }
}
