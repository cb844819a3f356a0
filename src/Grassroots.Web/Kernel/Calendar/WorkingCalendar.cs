using Microsoft.Extensions.Caching.Memory;

namespace Grassroots.Web.Kernel.Calendar;

/// <summary>
/// The working calendar every legal deadline is counted on. Other modules call this, never
/// <c>AddDays</c> on a legal limit. Years are cached and dropped when an administrator changes an override.
/// </summary>
public sealed class WorkingCalendar(AppDbContext db, IMemoryCache cache)
{
    /// <summary>Limits beyond this many working days are refused (about ten years).</summary>
    public const int MaxDays = 2600;

    private static string Key(int year) => $"calendar-year:{year}";

    public async Task<CalendarYear> YearAsync(int year, CancellationToken ct = default)
    {
        if (cache.TryGetValue(Key(year), out CalendarYear? cached) && cached is not null)
        {
            return cached;
        }
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var overrides = await db.Set<CalendarOverride>().AsNoTracking().Where(o => o.Date >= start && o.Date <= end).ToListAsync(ct);
        var built = new CalendarYear(year, overrides);
        cache.Set(Key(year), built, TimeSpan.FromMinutes(10));
        return built;
    }

    internal static void Forget(IMemoryCache cache, int year) => cache.Remove(Key(year));

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct = default) =>
        (await YearAsync(date.Year, ct)).IsWorkingDay(date);

    /// <summary>The date that is <paramref name="days"/> working days after <paramref name="from"/> (which is not counted).</summary>
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly from, int days, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var day = from;
        var year = await YearAsync(day.Year, ct);
        while (days > 0)
        {
            day = day.AddDays(1);
            if (day.Year != year.Year)
            {
                year = await YearAsync(day.Year, ct);
            }
            if (year.IsWorkingDay(day))
            {
                days--;
            }
        }
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public async Task<int> CountWorkingDaysAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (await IsWorkingDayAsync(day, ct))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// A limit in calendar days ("ngày"): <paramref name="days"/> days after <paramref name="from"/>; when the
    /// last day is a day off the limit runs to the end of the next working day (Bộ luật Dân sự 2015, Điều 148).
    /// </summary>
    public async Task<DateOnly> AddCalendarDaysAsync(DateOnly from, int days, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = from.AddDays(days);
        while (!await IsWorkingDayAsync(day, ct))
        {
            day = day.AddDays(1);
        }
        return day;
    }
}
