using System.Globalization;

namespace Grassroots.Tests.Kernel;

public sealed class PublicHolidaysTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void The_Labour_Code_gives_eleven_days_and_Tet_takes_the_last_day_of_the_lunar_year()
    {
        var days = PublicHolidays.Computed(2026).Where(d => d.Kind == DayOffKind.Holiday).Select(d => d.Date).ToList();
        Assert.Equal(11, days.Count);
        Assert.Contains(D("2026-01-01"), days);
        Assert.Contains(D("2026-02-16"), days); // 30 Tết (Bính Ngọ begins 17/2/2026)
        Assert.Contains(D("2026-02-20"), days); // mùng 4
        Assert.Contains(D("2026-04-26"), days); // Giỗ Tổ
        Assert.Contains(D("2026-04-30"), days);
        Assert.Contains(D("2026-05-01"), days);
        Assert.Contains(D("2026-09-02"), days);
    }

    [Fact]
    public void A_holiday_on_a_weekend_is_taken_on_the_next_working_day()
    {
        // 2022: 30/4 Saturday and 1/5 Sunday → Monday 2/5 and Tuesday 3/5 off, as the government announced.
        var off = new CalendarYear(2022, []);
        Assert.False(off.IsWorkingDay(D("2022-05-02")));
        Assert.False(off.IsWorkingDay(D("2022-05-03")));
        Assert.True(off.IsWorkingDay(D("2022-05-04")));
        // 1/1/2022 Saturday → Monday 3/1 off.
        Assert.False(off.IsWorkingDay(D("2022-01-03")));
    }

    [Theory]
    [InlineData(2025, "2025-09-01")] // 2/9 on a Tuesday: Monday 1/9 joins the weekend
    [InlineData(2024, "2024-09-03")] // 2/9 on a Monday: Tuesday 3/9
    public void National_day_takes_the_adjacent_day_that_joins_a_weekend(int year, string expected) =>
        Assert.Contains(PublicHolidays.Computed(year), d => d.Date == D(expected) && d.NameKey == "Holiday.NationalBeside");

    [Fact]
    public void Overrides_win_over_the_computed_calendar()
    {
        // The official 2025 Tết break: Saturday 25/1 to Sunday 2/2 off, Monday 27/1 swapped for Saturday 15/2.
        var year = new CalendarYear(2025,
        [
            new CalendarOverride { Date = D("2025-01-27"), IsDayOff = true, Name = "Hoán đổi" },
            new CalendarOverride { Date = D("2025-02-15"), IsDayOff = false, Name = "Làm bù 27/1" },
            new CalendarOverride { Date = D("2025-02-03"), IsDayOff = false, Name = "Không nghỉ bù" },
        ]);
        Assert.True(year.IsWorkingDay(D("2025-01-24")));
        for (var d = D("2025-01-25"); d <= D("2025-02-02"); d = d.AddDays(1))
        {
            Assert.False(year.IsWorkingDay(d), d.ToString(CultureInfo.InvariantCulture));
        }
        Assert.True(year.IsWorkingDay(D("2025-02-03")));
        Assert.True(year.IsWorkingDay(D("2025-02-15")));
        Assert.Contains(D("2025-02-15"), year.WorkedWeekendDays);
    }

    [Fact]
    public void Years_outside_1900_to_2100_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicHolidays.Computed(1899));
}
