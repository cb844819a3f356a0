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

    /// <summary>
    /// Three letters handed in a month ago and never sorted are past the 10 working days to handle a letter (docs/legal.md
    /// LTCD-28): the landing page counts them overdue; the officer opens the list from there, sorts and accepts one, and the
    /// landing page counts one fewer. Relative to what the shared demo held before, so other journeys cannot disturb it.
    /// </summary>
    [Fact, NoPolicyViolations]
    public async Task An_officer_sees_three_overdue_letters_on_the_landing_page_and_handles_one()
    {
        var page = await fixture.NewPageAsync(1366, 900);
        await BrowserFixture.SignInAsync(page, "cb.binhson", DemoAccounts.DemoPassword);
        async Task<int> OverdueAsync()
        {
            await page.GotoAsync("/");
            return int.Parse(await page.Locator("#work-petitions-overdue").GetAttributeAsync("data-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        }
        var before = await OverdueAsync();
        // A month before the app's today (the registration form's default day).
        await page.GotoAsync("/petitions/new");
        var receivedOn = DateOnly.ParseExact(await page.Locator("#ReceivedOn").InputValueAsync(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            .AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var subjects = new[] { "Đề nghị sửa cống thoát nước thôn An Điềm", "Phản ánh đèn đường hỏng đoạn qua chợ", "Đề nghị nạo vét kênh tưới thôn Phước Hòa" };
        foreach (var subject in subjects)
        {
            await page.GotoAsync("/petitions/new");
            await page.GetByLabel("Đơn vị tiếp nhận").SelectOptionAsync(new SelectOptionValue { Label = "Xã Bình Sơn" });
            await page.GetByLabel("Loại đơn").SelectOptionAsync("Recommendation");
            await page.GetByLabel("Nguồn đơn").SelectOptionAsync("Post");
            await page.Locator("#ReceivedOn").FillAsync(receivedOn);
            await page.Locator("#Subject").FillAsync(subject);
            await page.GetByLabel("Nội dung đơn").FillAsync(subject + ", người dân đi lại khó khăn khi trời mưa.");
            await page.GetByLabel("Họ tên người gửi đơn").FillAsync("Trần Văn Kiến");
            await page.GetByRole(AriaRole.Button, new() { Name = "Vào sổ đơn" }).ClickAsync();
            await Assertions.Expect(page.Locator("#petition-title")).ToContainTextAsync(subject);
        }
        Assert.Equal(before + 3, await OverdueAsync());
        await BrowserFixture.ShotAsync(page, "42-officer-overdue-1366");
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ShotAsync(page, "42-officer-overdue-390");
        await page.SetViewportSizeAsync(1366, 900);

        // From the landing page to the overdue letters, then one of them: sorted and accepted, its handling limit met.
        await page.Locator("#work-petitions-overdue a").First.ClickAsync();
        await page.Locator("tr", new() { HasText = subjects[0] }).Locator("a").First.ClickAsync();
        await page.Locator("#IsEligible").CheckAsync();
        await page.Locator("#IsInCompetence").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Phân loại, xử lý đơn" }).ClickAsync();
        await page.Locator("#accept").ClickAsync();
        await Assertions.Expect(page.Locator("#petition-status")).ToContainTextAsync("đã thụ lý");
        await BrowserFixture.ShotAsync(page, "43-officer-letter-handled-1366");
        Assert.Equal(before + 2, await OverdueAsync());
    }
}
