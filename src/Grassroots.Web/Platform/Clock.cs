namespace Grassroots.Web.Platform;

public static class Clock
{
    /// <summary>Vietnam keeps UTC+7 all year; legal days are Vietnamese days whatever the server's zone.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static DateTimeOffset VietnamNow(this TimeProvider clock) => clock.GetUtcNow().ToOffset(VietnamOffset);

    public static DateOnly VietnamToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.VietnamNow().DateTime);
}
