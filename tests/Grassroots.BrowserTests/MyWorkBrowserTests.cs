using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>An officer's landing page opens on "Việc của tôi", on a laptop and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MyWorkBrowserTests(BrowserFixture fixture)
{
    [Theory, NoPolicyViolations]
    [InlineData(1366, 768, "40-my-work-desktop")]
    [InlineData(390, 844, "41-my-work-phone")]
    public async Task An_officers_landing_shows_their_work_with_counts_and_links(int width, int height, string shot)
    {
        var page = await fixture.NewPageAsync(width, height);
        await BrowserFixture.SignInAsync(page, "cb.binhson", DemoAccounts.DemoPassword);
        await page.GotoAsync("/");
        var work = page.Locator("#my-work");
        await Assertions.Expect(work.GetByRole(AriaRole.Heading, new() { Name = "Việc của tôi" })).ToBeVisibleAsync();
        await Assertions.Expect(work.GetByRole(AriaRole.Heading, new() { Name = "Đơn thư" })).ToBeVisibleAsync();
        await Assertions.Expect(work.GetByRole(AriaRole.Heading, new() { Name = "Tiếp công dân hôm nay" })).ToBeVisibleAsync();
        await Assertions.Expect(work.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#work-petitions-overdue")).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, shot);
    }
}
