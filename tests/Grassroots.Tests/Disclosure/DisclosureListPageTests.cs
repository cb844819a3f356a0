using System.Net;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Disclosures;

/// <summary>The list of disclosures a page at a time (issue 12: long lists page), saying how many there are.</summary>
public sealed partial class DisclosureListPageTests
{
    [Theory, Providers]
    public async Task The_list_shows_fifty_a_page_and_the_next_page_continues_it(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var committee = await PageClient.SignInAsync(app, "bcd.quangngai");

        var first = WebUtility.HtmlDecode(await committee.Client.GetStringAsync("/disclosures"));
        var caption = Caption().Match(first);
        Assert.True(caption.Success);
        var total = int.Parse(caption.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 100, $"{total} disclosures in reach"); // more than the 100 the list used to cut at, silently
        var firstRows = Row().Matches(first).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(50, firstRows.Count);

        Assert.Contains("id=\"disclosures-next\" href=\"/disclosures?p=2\"", first);
        var last = (total + 49) / 50;
        var end = WebUtility.HtmlDecode(await committee.Client.GetStringAsync($"/disclosures?p={last}"));
        Assert.Equal(last.ToString(System.Globalization.CultureInfo.InvariantCulture), Caption().Match(end).Groups["page"].Value);
        var endRows = Row().Matches(end).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(total - ((last - 1) * 50), endRows.Count);
        Assert.Empty(endRows.Intersect(firstRows));
    }

    [GeneratedRegex(@"<caption>(?<total>\d+) nội dung công khai — trang (?<page>\d+)/(?<pages>\d+)</caption>")]
    private static partial Regex Caption();

    [GeneratedRegex(@"<a href=""/disclosures/([0-9a-f-]{36})"">")]
    private static partial Regex Row();
}
