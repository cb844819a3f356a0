namespace Grassroots.Web.Kernel.Calendar;

public enum DayOffKind
{
    /// <summary>A public holiday of BLLĐ Điều 112.</summary>
    Holiday,

    /// <summary>Nghỉ bù: a holiday fell on the weekly day off, so the next working day is off (BLLĐ Điều 111).</summary>
    Compensatory,

    /// <summary>Entered by an administrator from the year's government decision; wins over the computed calendar.</summary>
    Override,
}

/// <summary>A day off: <see cref="NameKey"/> names it in the resources; an override carries its own <see cref="Name"/>.</summary>
public sealed record DayOff(DateOnly Date, string NameKey, DayOffKind Kind, string? Name = null, string? Reference = null);

/// <summary>The public holidays the Labour Code gives, computed for any year 1900–2100.</summary>
public static class PublicHolidays
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    public static IReadOnlyList<DayOff> Computed(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The calendar covers 1900–2100.");
        }
        var holidays = new List<DayOff>
        {
            new(new DateOnly(year, 1, 1), "Holiday.NewYear", DayOffKind.Holiday),                 // BLLĐ 112(1)(a)
        };
        // Tết: the last day of the old lunar year and the first four of the new one (the Prime Minister may
        // choose other days each year: entered as overrides). BLLĐ 112(1)(b)
        var tet = LunarCalendar.NewYear(year);
        holidays.Add(new DayOff(tet.AddDays(-1), "Holiday.TetEve", DayOffKind.Holiday));
        for (var i = 0; i < 4; i++)
        {
            holidays.Add(new DayOff(tet.AddDays(i), $"Holiday.Tet{i + 1}", DayOffKind.Holiday));
        }
        holidays.Add(new DayOff(new DateOnly(year, 4, 30), "Holiday.Reunification", DayOffKind.Holiday));   // 112(1)(c)
        holidays.Add(new DayOff(new DateOnly(year, 5, 1), "Holiday.Labour", DayOffKind.Holiday));           // 112(1)(d)
        // Quốc khánh 2/9 and one day beside it, chosen to join a weekend where it can (fixed each year by decision).
        var national = new DateOnly(year, 9, 2);
        holidays.Add(new DayOff(national, "Holiday.National", DayOffKind.Holiday));                         // 112(1)(đ)
        var beside = national.DayOfWeek == DayOfWeek.Tuesday ? national.AddDays(-1) : national.AddDays(1);
        holidays.Add(new DayOff(beside, "Holiday.NationalBeside", DayOffKind.Holiday));
        holidays.Add(new DayOff(LunarCalendar.ToSolar(new LunarDate(10, 3, year)), "Holiday.HungKings", DayOffKind.Holiday)); // 112(1)(e)
        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));

        // BLLĐ 111(3): a holiday on the weekly day off is taken on the next working day.
        var taken = holidays.Select(h => h.Date).ToHashSet();
        var compensations = new List<DayOff>();
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }
            taken.Add(day);
            compensations.Add(new DayOff(day, "Holiday.Compensatory", DayOffKind.Compensatory));
        }
        return holidays.Concat(compensations).OrderBy(d => d.Date).ToList();
    }

    /// <summary>Civil servants' weekly days off: Saturday and Sunday.</summary>
    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
