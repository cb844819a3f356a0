using System.Net;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Directory;

/// <summary>A unit's page links only to the units its reader may open (the crawler of issue 12 met a link leading to 403).</summary>
public sealed class UnitPageLinksTests
{
    [Theory, Providers]
    public async Task An_ended_districts_page_names_the_province_that_holds_its_records_without_a_link_the_reader_cannot_follow(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var supervisor = await PageClient.SignInAsync(app, "gs.binhson"); // reaches Xã Bình Sơn, not the province
        var html = WebUtility.HtmlDecode(await supervisor.Client.GetStringAsync("/units/522")); // Huyện Bình Sơn, ended 1/7/2025
        Assert.Contains("Tỉnh Quảng Ngãi", html);
        Assert.DoesNotContain("href=\"/units/51\"", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.Client.GetAsync("/units/51")).StatusCode);

        using var committee = await PageClient.SignInAsync(app, "bcd.quangngai"); // reaches the province
        Assert.Contains("href=\"/units/51\"", await committee.Client.GetStringAsync("/units/522"));
    }
}
