using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Calendar;

public sealed record DayOffDto(DateOnly Date, string Name, DayOffKind Kind, string Source, string? Reference);

public sealed record CalendarYearDto(int Year, IReadOnlyList<DayOffDto> DaysOff, IReadOnlyList<DateOnly> WorkedWeekendDays);

public sealed record WorkingDaysDto(DateOnly From, int Days, DateOnly Date);

public sealed record OverrideDto(DateOnly Date, bool IsDayOff, string Name, string? Reference);

/// <summary>The national working calendar, public so other systems compute the same deadlines we do.</summary>
public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Calendar");
        calendar.MapGet("/{year:int}/holidays", GetYear).AllowAnonymous()
            .WithSummary("Days off of a year (1900–2100): holidays computed from the Labour Code and the lunar calendar (UTC+7), compensatory days, and the administrators' overrides, which win.");
        calendar.MapGet("/add-working-days", GetAddWorkingDays).AllowAnonymous()
            .WithSummary("The date that is `days` working days after `from` (`from` itself not counted).");
        calendar.MapPut("/overrides/{date}", PutOverride).Requires(Permission.ManageCalendar, "root")
            .WithSummary("Enter a day of the year's decision: a day off or a worked day.");
        calendar.MapDelete("/overrides/{date}", DeleteOverride).Requires(Permission.ManageCalendar, "root")
            .WithSummary("Remove an override: the computed calendar applies again on that day.");
        return api;
    }

    internal static DayOffDto ToDto(DayOff d, IStringLocalizer localizer) => new(d.Date, d.Name ?? localizer[d.NameKey].Value, d.Kind,
        d.Kind == DayOffKind.Override ? "override" : "computed", d.Reference);

    private static async Task<Ok<CalendarYearDto>> GetYear(int year, WorkingCalendar calendar, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        RequireYear(year);
        var days = await calendar.YearAsync(year, ct);
        return TypedResults.Ok(new CalendarYearDto(year, days.DaysOff.Select(d => ToDto(d, localizer)).ToList(), days.WorkedWeekendDays.ToList()));
    }

    private static async Task<Ok<WorkingDaysDto>> GetAddWorkingDays(DateOnly? from, int? days, WorkingCalendar calendar, CancellationToken ct)
    {
        new Validation()
            .Require(from is not null, "from", "Validation.Required")
            .Require(days is not null, "days", "Validation.Required")
            .Require(days is null or (>= 0 and <= WorkingCalendar.MaxDays), "days", "Calendar.DaysOutOfRange")
            .Require(from is null || from.Value.Year is >= PublicHolidays.FirstYear and <= PublicHolidays.LastYear - 11, "from", "Calendar.YearOutOfRange")
            .ThrowIfInvalid();
        return TypedResults.Ok(new WorkingDaysDto(from!.Value, days!.Value, await calendar.AddWorkingDaysAsync(from.Value, days.Value, ct)));
    }

    private static async Task<Ok<OverrideDto>> PutOverride(DateOnly date, SetOverrideRequest request, SetOverride handler, CancellationToken ct)
    {
        var o = await handler.HandleAsync(date, request, ct);
        return TypedResults.Ok(new OverrideDto(o.Date, o.IsDayOff, o.Name, o.Reference));
    }

    private static async Task<NoContent> DeleteOverride(DateOnly date, SetOverride handler, CancellationToken ct)
    {
        await handler.RemoveAsync(date, ct);
        return TypedResults.NoContent();
    }

    internal static void RequireYear(int year)
    {
        if (year is < PublicHolidays.FirstYear or > PublicHolidays.LastYear)
        {
            throw DomainException.Invalid("Calendar.YearOutOfRange");
        }
    }
}
