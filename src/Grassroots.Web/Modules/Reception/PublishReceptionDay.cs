namespace Grassroots.Web.Modules.Reception;

public sealed record ScheduleRequest(string? HeadName, string? Place, string? Note, TimeOnly? StartsAt = null, TimeOnly? EndsAt = null);

/// <summary>
/// Publishes a day the head will receive citizens, or corrects it (LTCD Điều 12–15: the schedule is public). The portal
/// shows it; once past, <see cref="ReceptionReader"/> tells whether a periodic session was held that day.
/// </summary>
public sealed class PublishReceptionDay(AppDbContext db, UnitScope scope)
{
    public async Task<ReceptionScheduleEntry> HandleAsync(string unitCode, DateOnly? on, ScheduleRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(on is not null, "on", "Validation.Required")
            .Text(r.HeadName, "headName", FieldLength.Name)
            .Text(r.Place, "place", FieldLength.Title)
            .Text(r.Note, "note", 1000, required: false)
            .Require(r.StartsAt is null == r.EndsAt is null, r.StartsAt is null ? "startsAt" : "endsAt", "Reception.TimesBoth")
            .Require(r.StartsAt is null || r.EndsAt is null || r.StartsAt < r.EndsAt, "endsAt", "Reception.TimesOrder")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(unitCode, Permission.Edit, ct);
        var entry = await db.Set<ReceptionScheduleEntry>().FirstOrDefaultAsync(e => e.UnitId == unit.Id && e.On == on, ct);
        if (entry is null)
        {
            entry = new ReceptionScheduleEntry { UnitId = unit.Id, On = on!.Value, HeadName = "", Place = "" };
            db.Add(entry);
        }
        entry.HeadName = Text.Clean(r.HeadName);
        entry.Place = Text.Clean(r.Place);
        entry.Note = Text.CleanOrNull(r.Note);
        (entry.StartsAt, entry.EndsAt) = (r.StartsAt, r.EndsAt);
        await db.SaveChangesAsync(ct);
        return entry;
    }
}
