using System.Net;
using System.Text.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Indicators;

/// <summary>
/// The dashboard as a reader meets it (issue 12): half-years named as people say them ("6 tháng đầu năm 2026", not
/// "1/2026"), and the reform of 1/7/2025 marked where the line breaks, with a note saying what the mark means.
/// </summary>
public sealed class DashboardPageTests
{
    [Theory, Providers]
    public async Task Half_years_read_as_words_and_the_2025_reform_is_marked_on_the_line(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var committee = await PageClient.SignInAsync(app, "bcd.quangngai");

        var html = WebUtility.HtmlDecode(await committee.Client.GetStringAsync("/dashboard?unit=51&half=1/2026"));
        Assert.Contains("<option value=\"1/2026\" selected=\"selected\">6 tháng đầu năm 2026</option>", html);
        Assert.Contains("<option value=\"2/2025\">6 tháng cuối năm 2025</option>", html);
        Assert.Contains("Tỉnh Quảng Ngãi — 6 tháng đầu năm 2026", html);
        Assert.Contains("sắp xếp đơn vị hành chính từ 1/7/2025", html);

        var start = html.IndexOf("id=\"dashboard-data\">", StringComparison.Ordinal) + "id=\"dashboard-data\">".Length;
        var data = JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]).RootElement;
        var labels = data.GetProperty("time").EnumerateArray().Select(p => p.GetProperty("Label").GetString()).ToList();
        Assert.Equal("6 tháng đầu năm 2021", labels[0]);
        Assert.DoesNotContain(labels, l => l!.Contains('/', StringComparison.Ordinal));
        // The mark falls between the first and the second half of 2025 (the line's 9th and 10th points).
        var mark = Assert.Single(data.GetProperty("marks").EnumerateArray());
        Assert.Equal(8.5, mark.GetProperty("at").GetDouble());
        Assert.Equal(7, data.GetProperty("units").GetArrayLength()); // the communes of today, ranked
    }

    [Fact]
    public async Task Every_page_names_the_sites_icon_and_the_icon_is_served()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\" />", await client.GetStringAsync("/"));
        var icon = await client.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }
}
