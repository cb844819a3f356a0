namespace Grassroots.Web.Platform;

/// <summary>Vietnam's time. Instants are stored in UTC; legal days are Vietnamese days, whatever the server's zone.</summary>
public static class Clock
{
    /// <summary>Vietnam keeps UTC+7 all year (no daylight saving).</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The zone jobs are scheduled in: the system's "Asia/Ho_Chi_Minh", or a fixed UTC+7 where the system has none.</summary>
    public static readonly TimeZoneInfo VietnamZone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Ho_Chi_Minh", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("UTC+7", VietnamOffset, "UTC+7", "UTC+7");

    public static DateTimeOffset VietnamNow(this TimeProvider clock) => clock.GetUtcNow().ToOffset(VietnamOffset);

    public static DateOnly VietnamToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.VietnamNow().DateTime);

    /// <summary>The instant (stored in UTC) in Vietnam's wall-clock time.</summary>
    public static DateTime ToVietnam(DateTime utc) => utc.Add(VietnamOffset);

    /// <summary>The Vietnamese day an instant (stored in UTC) fell on.</summary>
    public static DateOnly VietnamDay(DateTime utc) => DateOnly.FromDateTime(ToVietnam(utc));

    /// <summary>The instant (UTC) a Vietnamese day begins: the bound of "from this day" queries on stored instants.</summary>
    public static DateTime StartOfVietnamDay(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - VietnamOffset;
}
