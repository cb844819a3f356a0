namespace Grassroots.Web.Modules.Reception;

/// <summary>Takes a published reception day off the schedule.</summary>
public sealed class WithdrawReceptionDay(AppDbContext db, UnitScope scope)
{
    public async Task HandleAsync(string unitCode, DateOnly on, CancellationToken ct = default)
    {
        var unit = await scope.RequireAsync(unitCode, Permission.Edit, ct);
        var entry = await db.Set<ReceptionScheduleEntry>().FirstOrDefaultAsync(e => e.UnitId == unit.Id && e.On == on, ct)
            ?? throw DomainException.NotFound("Reception.ScheduleNotFound", Text.Date(on));
        db.Remove(entry);
        await db.SaveChangesAsync(ct);
    }
}
