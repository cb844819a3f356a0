using Grassroots.Web.Modules.Home.Contracts;
using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Web.Modules.Registers;

/// <summary>
/// The registers' part of "Việc của tôi", over every unit the caller reaches: the agencies and public service units whose
/// conference on last year is overdue or falls due within a month (L10 Điều 51 khoản 1, on the legal clock), the mediation
/// cases still open, and the agreements not yet followed up a month after they were made.
/// </summary>
public sealed class RegisterWork(AppDbContext db, UnitScope scope, WorkplaceReader workplaces, TimeProvider clock) : IMyWorkSource
{
    public const int Named = 5;
    public const int DueSoonDays = 30;

    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        if (!await scope.HasAnywhereAsync(Permission.View, ct))
        {
            return null;
        }
        var today = clock.VietnamToday();
        var year = today.Year - 1;
        var due = await workplaces.ConferenceDueAsync(year, ct);
        var agencies = (await scope.FilterAsync(db.Set<Workplace>().AsNoTracking(), w => w.Unit!.Path, Permission.View, ct))
            .Where(w => (w.Kind == WorkplaceKind.Agency || w.Kind == WorkplaceKind.PublicServiceUnit) && w.Since.Year <= year)
            .Where(w => w.Unit!.ValidTo == null || w.Unit.ValidTo > today)
            .Where(w => !w.Conferences.Any(c => c.Year == year));
        var waiting = await agencies.CountAsync(ct);
        var overdue = today > due.DueOn ? waiting : 0;
        var soon = today <= due.DueOn && due.DueOn.DayNumber - today.DayNumber <= DueSoonDays ? waiting : 0;
        var named = waiting > 0 && (overdue > 0 || soon > 0)
            ? await agencies.OrderBy(w => w.Name).Take(Named).Select(w => new { w.Id, w.Name }).ToListAsync(ct)
            : [];
        var details = named.Select(w => new MyWorkDetail(w.Name, $"/workplaces/{w.Id}", due.DueOn)).ToList();
        var cases = await scope.FilterAsync(db.Set<MediationCase>().AsNoTracking(), c => c.Unit!.Path, Permission.View, ct);
        var open = await cases.CountAsync(c => c.Status == CaseStatus.Ongoing, ct);
        var followUpFrom = today.AddDays(-30);
        var followUp = await cases.CountAsync(c => c.Status == CaseStatus.Successful && c.Compliance == null && c.ClosedOn <= followUpFrom, ct);
        return new MyWorkGroup("registers", 40, "MyWork.Registers",
        [
            new("registers-conferences-overdue", overdue, "/workplaces", "MyWork.Registers.ConferencesOverdue", "MyWork.Registers.ConferencesOverdueNone", Urgent: overdue > 0,
                Details: overdue > 0 ? details : null),
            new("registers-conferences-due", soon, "/workplaces", "MyWork.Registers.ConferencesDue", "MyWork.Registers.ConferencesDueNone", Details: soon > 0 ? details : null),
            new("registers-mediation", open, "/mediation?status=Ongoing", "MyWork.Registers.Mediation", "MyWork.Registers.MediationNone"),
            new("registers-follow-up", followUp, "/mediation?status=Successful", "MyWork.Registers.FollowUp", "MyWork.Registers.FollowUpNone"),
        ]);
    }
}
