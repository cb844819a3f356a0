using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// A citizen on a phone finds their commune from the site's first page (issue 12): by its name typed without tones,
/// by province, or by the name of the old commune that merged into it; and an old commune's page sends them on.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FrontDoorBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_a_citizen_types_ro_men_picks_the_commune_and_lands_on_its_portal()
    {
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tìm trang của xã, phường nơi bạn sống");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập dành cho cán bộ" })).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "30-front-door-phone");

        await page.GetByLabel("Tên xã, phường, thị trấn hoặc đặc khu").FillAsync("ro men");
        await page.Keyboard.PressAsync("Enter");
        var results = page.Locator("#door-results > li");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        await Assertions.Expect(results.Nth(0)).ToContainTextAsync("Tỉnh Lâm Đồng");
        await Assertions.Expect(results.Nth(1)).ToContainTextAsync("Xã Rô Men (cũ) — từ 1/7/2025 thuộc Xã Rô Men");
        await BrowserFixture.ShotAsync(page, "31-front-door-results");

        // The whole line is the link: a thumb anywhere on it goes to the portal.
        await results.Nth(0).ClickAsync();
        await page.WaitForURLAsync("**/p/24971");
        await Assertions.Expect(page.Locator("#portal-title")).ToHaveTextAsync("Xã Rô Men");
        await Assertions.Expect(page.Locator("#portal-petition")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_citizen_browses_a_province_and_an_old_communes_page_sends_them_to_todays()
    {
        var page = await fixture.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/");
        await page.Locator("#door-province").SelectOptionAsync("68");
        await page.Locator("#door-show").ClickAsync();
        await Assertions.Expect(page.Locator("#door-communes a")).ToHaveTextAsync(["Xã Đạ Tông", "Xã Phi Liêng", "Xã Rô Men"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Xã Phi Liêng", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#portal-title")).ToHaveTextAsync("Xã Phi Liêng");

        // Someone kept the old commune's address: the page says it ended and where it went.
        await page.GotoAsync("/p/24901");
        await Assertions.Expect(page.Locator("#portal-ended")).ToContainTextAsync("Xã Rô Men đã kết thúc từ ngày 1/7/2025");
        await Assertions.Expect(page.Locator("#portal-petition")).ToHaveCountAsync(0);
        await BrowserFixture.ShotAsync(page, "32-ended-commune");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đến trang của Xã Rô Men" }).ClickAsync();
        await page.WaitForURLAsync("**/p/24971");

        // Officers still find their way in from the front door.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng nhập dành cho cán bộ" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login");
    }
}
