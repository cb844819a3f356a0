using System.Net;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;
using Grassroots.Tests.Petitions;
using Grassroots.Web.Platform.Documents;
using MiniExcelLibs;

namespace Grassroots.Tests.Reception;

/// <summary>
/// The reception list (issue 12): a unit and a period, a page of sessions at a time, and the reception log of exactly
/// that unit and period to download beside it — a workbook with its title block and real dates.
/// </summary>
public sealed partial class ReceptionListPageTests
{
    [Theory, Providers]
    public async Task The_list_pages_through_a_units_sessions_and_offers_the_log_of_the_same_unit_and_period(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await PageClient.SignInAsync(app, "cb.binhson");

        var url = $"/reception?unit={PetitionJourneyTests.Commune}&from=2022-01-01&to=2026-11-23";
        var first = WebUtility.HtmlDecode(await officer.Client.GetStringAsync(url));
        var caption = Caption().Match(first);
        Assert.True(caption.Success, "the list says how many sessions and pages");
        var total = int.Parse(caption.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 50, $"{total} sessions");
        Assert.Equal("1", caption.Groups["page"].Value);
        var firstRows = Row().Matches(first).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(50, firstRows.Count); // one page, not everything

        var next = Next().Match(first);
        Assert.True(next.Success, "a link to the next page");
        var second = WebUtility.HtmlDecode(await officer.Client.GetStringAsync(next.Groups[1].Value));
        Assert.Equal("2", Caption().Match(second).Groups["page"].Value);
        Assert.Empty(Row().Matches(second).Select(m => m.Groups[1].Value).Intersect(firstRows));

        // The log beside the list is the list's unit and period.
        var log = LogLink().Match(first);
        Assert.True(log.Success, "the reception log beside the list");
        Assert.Equal($"/reception?handler=Log&unit={PetitionJourneyTests.Commune}&from=2022-01-01&to=2026-11-23", log.Groups["href"].Value);
        Assert.Contains("Xã Bình Sơn, từ 1/1/2022 đến 23/11/2026", log.Groups["text"].Value);
        var book = await officer.Client.GetAsync(log.Groups["href"].Value);
        Assert.Equal(HttpStatusCode.OK, book.StatusCode);
        var rows = MiniExcel.Query(new MemoryStream(await book.Content.ReadAsByteArrayAsync())).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("XÃ BÌNH SƠN", rows[0]["A"]);                         // the title block: the unit,
        Assert.Contains("1/1/2022", Convert.ToString(rows[2]["A"], System.Globalization.CultureInfo.InvariantCulture));       // and the period
        Assert.IsType<DateTime>(rows[Spreadsheet.HeaderRow(3)]["B"]);                              // a day Excel can sort, not text
        Assert.IsType<double>(rows[Spreadsheet.HeaderRow(3)]["F"]);                                // people, a number
    }

    [GeneratedRegex(@"<caption>(?<total>\d+) buổi tiếp — trang (?<page>\d+)/(?<pages>\d+)</caption>")]
    private static partial Regex Caption();

    [GeneratedRegex(@"<a href=""/reception/([0-9a-f-]{36})"">")]
    private static partial Regex Row();

    [GeneratedRegex(@"id=""sessions-next"" href=""([^""]+)""")]
    private static partial Regex Next();

    [GeneratedRegex(@"id=""reception-log"" download\s+href=""(?<href>[^""]+)"">(?<text>[^<]+)</a>")]
    private static partial Regex LogLink();
}
