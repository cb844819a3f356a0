using Microsoft.Extensions.Caching.Memory;

namespace Grassroots.Web.Modules.Calendar;

public sealed record SetOverrideRequest(bool? IsDayOff, string? Name, string? Reference);

/// <summary>
/// An administrator of the whole country enters the year's decision: a day off or a worked day. The
/// calendar is national, so the right is held on the root unit.
/// </summary>
public sealed class SetOverride(AppDbContext db, UnitScope scope, IMemoryCache cache, TimeProvider clock, IEnumerable<ICalendarChangeListener> listeners)
{
    public async Task<CalendarOverride> HandleAsync(DateOnly date, SetOverrideRequest request, CancellationToken ct = default)
    {
        new Validation()
            .Require(request.IsDayOff is not null, "isDayOff", "Validation.Required")
            .Text(request.Name, "name", CalendarOverride.NameMaxLength)
            .Text(request.Reference, "reference", 200, required: false)
            .Require(date.Year is >= PublicHolidays.FirstYear and <= PublicHolidays.LastYear, "date", "Calendar.YearOutOfRange")
            .ThrowIfInvalid();
        await scope.RequireAsync(Unit.RootCode, Permission.ManageCalendar, ct);
        var existing = await db.Set<CalendarOverride>().FirstOrDefaultAsync(o => o.Date == date, ct);
        var entry = existing ?? new CalendarOverride { Date = date, Name = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        entry.IsDayOff = request.IsDayOff!.Value;
        entry.Name = Text.Clean(request.Name);
        entry.Reference = Text.CleanOrNull(request.Reference);
        if (existing is null)
        {
            db.Add(entry);
        }
        await db.SaveChangesAsync(ct);
        await ChangedAsync(date, ct);
        return entry;
    }

    public async Task RemoveAsync(DateOnly date, CancellationToken ct = default)
    {
        await scope.RequireAsync(Unit.RootCode, Permission.ManageCalendar, ct);
        var existing = await db.Set<CalendarOverride>().FirstOrDefaultAsync(o => o.Date == date, ct)
            ?? throw DomainException.NotFound("Calendar.NoOverride", Text.Date(date));
        db.Remove(existing);
        await db.SaveChangesAsync(ct);
        await ChangedAsync(date, ct);
    }

    private async Task ChangedAsync(DateOnly date, CancellationToken ct)
    {
        WorkingCalendar.Forget(cache, date.Year);
        foreach (var listener in listeners)
        {
            await listener.OnDayChangedAsync(date, ct);
        }
    }
}
