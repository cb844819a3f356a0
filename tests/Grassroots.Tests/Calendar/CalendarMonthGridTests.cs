using System.Net;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Calendar;

/// <summary>The working calendar as a month grid (issue 12): weeks from Monday, days off and weekends marked, months to step through.</summary>
public sealed partial class CalendarMonthGridTests
{
    [Theory, Providers]
    public async Task A_month_shows_as_weeks_with_its_holidays_weekends_and_working_days_marked(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await PageClient.SignInAsync(app, "cb.binhson");

        var html = WebUtility.HtmlDecode(await officer.Client.GetStringAsync("/calendar?year=2026&month=9"));
        Assert.Contains("Tháng 9 năm 2026", html);
        var grid = html[html.IndexOf("id=\"month-grid\"", StringComparison.Ordinal)..html.IndexOf("</table>", html.IndexOf("id=\"month-grid\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        var kinds = Day().Matches(grid).ToDictionary(m => m.Groups["date"].Value, m => m.Groups["kind"].Value);
        Assert.Equal(30, kinds.Count);
        Assert.Equal("calendar-holiday", kinds["2026-09-02"]);   // Quốc khánh
        Assert.Equal("calendar-holiday", kinds["2026-09-03"]);   // the day beside it
        Assert.Equal("calendar-weekend", kinds["2026-09-05"]);   // Saturday
        Assert.Equal("calendar-working", kinds["2026-09-07"]);   // Monday
        Assert.Contains("Quốc khánh (2/9)", grid);
        Assert.Contains("20 ngày làm việc trong tháng", grid);
        // The week starts on Monday: 1/9/2026 is a Tuesday, after one empty cell.
        Assert.Matches(@"<tbody>\s*<tr>\s*<td class=""calendar-empty""></td>\s*<td class=""calendar-working""[^>]*data-date=""2026-09-01""", grid);

        Assert.Contains("id=\"month-previous\" href=\"/calendar?year=2026&month=8#month-grid\"", html);
        Assert.Contains("id=\"month-next\" href=\"/calendar?year=2026&month=10#month-grid\"", html);
        var december = WebUtility.HtmlDecode(await officer.Client.GetStringAsync("/calendar?year=2026&month=12"));
        Assert.Contains("id=\"month-next\" href=\"/calendar?year=2027&month=1#month-grid\"", december);

        // Today is marked for assistive technology too (the clock stands on 23/11/2026).
        var today = WebUtility.HtmlDecode(await officer.Client.GetStringAsync("/calendar"));
        Assert.Contains("Tháng 11 năm 2026", today);
        Assert.Matches(@"aria-current=""date"" data-date=""2026-11-23""", today);
    }

    [GeneratedRegex(@"<td class=""(?<kind>calendar-[a-z]+)""[^>]*data-date=""(?<date>[0-9-]+)""")]
    private static partial Regex Day();
}
