namespace Grassroots.Web.Kernel.Calendar;

/// <summary>
/// Told when an administrator changes a day of the working calendar, after the change is saved, so that
/// modules recompute the deadlines still running across that day.
/// </summary>
public interface ICalendarChangeListener
{
    Task OnDayChangedAsync(DateOnly date, CancellationToken ct);
}
