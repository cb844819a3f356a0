using System.Globalization;

namespace Grassroots.Tests.Kernel;

public sealed class LunarCalendarTests
{
    [Theory]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2000, "2000-02-05")]
    [InlineData(1968, "1968-01-29")] // Tết Mậu Thân: Vietnam's own calendar, a day before China's
    [InlineData(1985, "1985-01-21")] // a month before China's (20/2/1985): UTC+7, not UTC+8
    [InlineData(2007, "2007-02-17")] // China: 18/2/2007
    public void Tet_falls_on_the_day_Vietnam_celebrates_it(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), LunarCalendar.NewYear(year));

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_tenth_of_the_third_lunar_month(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), LunarCalendar.ToSolar(new LunarDate(10, 3, year)));

    [Fact]
    public void Vietnamese_and_Chinese_new_years_differ_in_1985_and_2007_because_of_the_time_zone()
    {
        var chinese = new ChineseLunisolarCalendar();
        DateOnly ChineseNewYear(int y) => DateOnly.FromDateTime(chinese.ToDateTime(y, 1, 1, 0, 0, 0, 0));
        Assert.NotEqual(ChineseNewYear(1985), LunarCalendar.NewYear(1985));
        Assert.NotEqual(ChineseNewYear(2007), LunarCalendar.NewYear(2007));
        Assert.Equal(ChineseNewYear(2024), LunarCalendar.NewYear(2024));
    }

    [Fact]
    public void Every_day_from_1900_to_2100_converts_to_lunar_and_back()
    {
        var last = new DateOnly(2100, 12, 31);
        LunarDate? previous = null;
        for (var day = new DateOnly(1900, 2, 1); day <= last; day = day.AddDays(1))
        {
            var lunar = LunarCalendar.ToLunar(day);
            Assert.True(lunar.Day is >= 1 and <= 30, $"{day:yyyy-MM-dd} → {lunar}");
            Assert.Equal(day, LunarCalendar.ToSolar(lunar));
            if (previous is { } p && lunar.Day != 1)
            {
                Assert.Equal(p.Day + 1, lunar.Day); // days of a month run on
            }
            previous = lunar;
        }
    }

    [Fact]
    public void Tet_always_falls_between_21_January_and_20_February()
    {
        for (var year = 1900; year <= 2100; year++)
        {
            var tet = LunarCalendar.NewYear(year);
            Assert.InRange(tet, new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
        }
    }

    [Fact]
    public void A_leap_month_is_recognised()
    {
        // 2023 had a leap second month (tháng 2 nhuận): 22/3/2023 was 1/2 nhuận.
        var lunar = LunarCalendar.ToLunar(new DateOnly(2023, 3, 22));
        Assert.Equal(new LunarDate(1, 2, 2023, IsLeapMonth: true), lunar);
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(1, 5, 2024, IsLeapMonth: true)));
    }
}
