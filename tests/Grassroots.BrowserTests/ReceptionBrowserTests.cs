using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ReceptionBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_logs_a_crowd_delegation_whose_letter_enters_the_register_and_the_figures_count_it()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.truonggiang", DemoAccounts.DemoPassword);
        await page.GotoAsync("/reception");
        await page.GetByLabel("Hình thức tiếp").SelectOptionAsync("Periodic");
        await page.GetByLabel("Địa điểm").FillAsync("Trụ sở UBND xã");
        await page.GetByLabel("Người tiếp").FillAsync("Chủ tịch UBND xã");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở buổi tiếp" }).ClickAsync();

        await page.GetByLabel("Họ tên người đến").FillAsync("Đại diện các hộ thôn Thạnh Trung");
        await page.GetByLabel("Số người").FillAsync("6");
        await page.GetByLabel("Nội dung đơn").FillAsync("Khiếu nại việc thu hồi đất làm bãi tập kết vật liệu.");
        await page.GetByLabel("Kết quả").SelectOptionAsync("LetterReceived");
        await page.GetByLabel("Loại đơn nhận").SelectOptionAsync("Complaint");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi lượt tiếp" }).ClickAsync();
        await Assertions.Expect(page.Locator("#visits")).ToContainTextAsync("Đoàn đông người");
        await BrowserFixture.ShotAsync(page, "15-reception-crowd");

        await page.Locator("#visits").GetByRole(AriaRole.Link, new() { Name = "xem đơn" }).ClickAsync();
        await Assertions.Expect(page.Locator("#petition-title")).ToContainTextAsync("Khiếu nại");

        // Today only: the demo already holds earlier activity of this commune.
        await page.GotoAsync("/statistics?unit=20629&from=2026-11-23&to=2026-11-23");
        await Assertions.Expect(page.Locator("#reception-summary")).ToContainTextAsync("Tiếp 1 lượt/6 người với 1 vụ việc (có 1 đoàn đông người, 6 người)");
        await Assertions.Expect(page.Locator("#petitions-summary")).ToContainTextAsync("Tiếp nhận 1 đơn/1 vụ");
        await BrowserFixture.ShotAsync(page, "16-statistics");
    }
}
