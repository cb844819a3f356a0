using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>The dashboard's charts draw what their tables hold (issue 12: the ranking chart was drawn empty).</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_ranking_chart_draws_a_bar_for_every_ranked_unit_and_the_line_names_its_half_years()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "bcd.quangngai", DemoAccounts.DemoPassword);
        await page.GotoAsync("/dashboard?unit=51");
        var rows = await page.Locator("#ranking tbody tr").CountAsync();
        Assert.True(rows > 1);

        // Every bar has a length, and the longest belongs to the first of the ranking.
        var lengths = await page.Locator("#chart-units").EvaluateAsync<double[]>("c => Chart.getChart(c).getDatasetMeta(0).data.map(b => Math.abs(b.x - b.base))");
        Assert.Equal(rows, lengths.Length);
        Assert.All(lengths, l => Assert.True(l > 1, $"bar of {l}px"));
        Assert.Equal(lengths.Max(), lengths[0]);

        var labels = await page.Locator("#chart-time").EvaluateAsync<string[]>("c => Chart.getChart(c).data.labels");
        Assert.Contains("6 tháng cuối năm 2025", labels);
        await Assertions.Expect(page.Locator(".reform-note")).ToContainTextAsync("sắp xếp đơn vị hành chính từ 1/7/2025");
        await BrowserFixture.ShotAsync(page, "42-dashboard-ranking");
    }
}
