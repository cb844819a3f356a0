namespace Grassroots.Web.Kernel.Calendar;

/// <summary>One year of the working calendar: the computed holidays with the administrators' overrides laid over them.</summary>
public sealed class CalendarYear
{
    private readonly Dictionary<DateOnly, DayOff> _daysOff = [];
    private readonly HashSet<DateOnly> _workedDays = [];

    public CalendarYear(int year, IEnumerable<CalendarOverride> overrides)
    {
        Year = year;
        foreach (var day in PublicHolidays.Computed(year))
        {
            _daysOff[day.Date] = day;
        }
        foreach (var o in overrides.Where(o => o.Date.Year == year))
        {
            if (o.IsDayOff)
            {
                _daysOff[o.Date] = new DayOff(o.Date, "Holiday.Override", DayOffKind.Override, o.Name, o.Reference);
                _workedDays.Remove(o.Date);
            }
            else
            {
                _daysOff.Remove(o.Date);
                _workedDays.Add(o.Date);
            }
        }
    }

    public int Year { get; }

    /// <summary>Days off other than plain weekends, in date order.</summary>
    public IEnumerable<DayOff> DaysOff => _daysOff.Values.OrderBy(d => d.Date);

    /// <summary>Weekend days that are worked by decision.</summary>
    public IEnumerable<DateOnly> WorkedWeekendDays => _workedDays.Where(PublicHolidays.IsWeekend).Order();

    public bool IsWorkingDay(DateOnly date)
    {
        if (date.Year != Year)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Not in {Year}.");
        }
        if (_workedDays.Contains(date))
        {
            return true;
        }
        return !_daysOff.ContainsKey(date) && !PublicHolidays.IsWeekend(date);
    }
}
