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

    /// <summary>
    /// Issue 12's citizen journey, on a phone and on a desktop: "ro men" finds the commune; the citizen reads a
    /// consultation open for comments and comments on it, sends a recommendation, and sees its due date after sending and
    /// on the tracking page.
    /// </summary>
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task A_citizen_finds_ro_men_reads_comments_sends_a_letter_and_sees_its_due_date(int width, int height)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/");
        await page.GetByLabel("Tên xã, phường, thị trấn hoặc đặc khu").FillAsync("ro men");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#door-results > li").Nth(0).ClickAsync();
        await page.WaitForURLAsync("**/p/24971");
        await BrowserFixture.ShotAsync(page, $"34-citizen-portal-{width}");

        // A consultation open to anyone (not only the households of one village): read it, comment.
        var consultations = await page.Locator("#portal-consultations a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var commented = false;
        foreach (var link in consultations)
        {
            await page.GotoAsync(link);
            if (await page.Locator("#send-comment").CountAsync() == 0 || await page.Locator("#HouseholdCode").CountAsync() > 0)
            {
                continue;
            }
            await Assertions.Expect(page.Locator("#consultation-body")).Not.ToBeEmptyAsync();
            await page.Locator("#Text").FillAsync($"Đề nghị bổ sung lịch thu gom rác vào chiều thứ Bảy ({width}).");
            await page.Locator("#AuthorName").FillAsync("Ka Hương");
            await page.Locator("#send-comment").ClickAsync();
            await Assertions.Expect(page.Locator("#comment-sent")).ToBeVisibleAsync();
            await BrowserFixture.ShotAsync(page, $"35-citizen-commented-{width}");
            commented = true;
            break;
        }
        Assert.True(commented, "no consultation of Xã Rô Men takes comments from anyone");

        await page.GotoAsync("/p/24971");
        await page.Locator("#portal-petition").ClickAsync();
        await page.Locator("#kind-Recommendation").CheckAsync();
        await page.GetByLabel("Nội dung đơn").FillAsync("Đề nghị sửa đoạn đường đất vào bon Rô Men, mùa mưa xe máy không đi được.");
        await page.Locator("#send").ClickAsync();
        await Assertions.Expect(page.Locator("#sent-due")).ToContainTextAsync("chậm nhất ngày");
        await BrowserFixture.ShotAsync(page, $"36-citizen-sent-{width}");
        await page.Locator("#follow-it").ClickAsync();
        await Assertions.Expect(page.Locator("#tracked-due")).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, $"37-citizen-tracking-{width}");
    }
}
