using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Grassroots.Web.Platform.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 20's journey: a citizen leaves an email with consent on the public letter form, the officer answers, the email
/// arrives in the SMTP server the test started; the administrator sees it on /admin/outbox; the user's calendar page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutreachBrowserTests(BrowserFixture fixture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private static async Task AssertAxeAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{page.Url}: {v.Id} {v.Nodes.FirstOrDefault()?.Target}")));
    }

    [Fact]
    public async Task A_citizen_who_left_an_email_receives_the_answer_and_the_administrator_sees_it_in_the_outbox()
    {
        var smtp = fixture.Smtp;
        var citizen = await fixture.NewPageAsync(width: 390, height: 844);
        await citizen.GotoAsync("/p/20614/petition");
        await citizen.Locator("#kind-Complaint").CheckAsync();
        await citizen.GetByLabel("Tóm tắt đơn trong một dòng").FillAsync("Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất");
        await citizen.GetByLabel("Nội dung đơn").FillAsync("Hồ sơ nộp từ tháng 6 chưa được giải quyết.");
        await citizen.GetByLabel("Họ tên người gửi đơn").FillAsync("Lê Thị Thu");
        await citizen.GetByLabel("Thư điện tử").FillAsync("thu.le@example.vn");
        await citizen.Locator("#EmailUpdates").CheckAsync();
        await BrowserFixture.ShotAsync(citizen, "outreach-01-citizen-consents");
        await citizen.Locator("#send").ClickAsync();
        var code = (await citizen.Locator("#tracking-code").InnerTextAsync()).Trim();

        var officer = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(officer, "cb.vantuong", DemoAccounts.DemoPassword);
        await officer.GotoAsync("/petitions");
        await officer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Phân loại, xử lý đơn" }).ClickAsync();
        await officer.Locator("#accept").ClickAsync();
        await officer.Locator("#DecisionNumber").FillAsync("52/QĐ-UBND");
        await officer.Locator("#ResolveSummary").FillAsync("Cấp giấy chứng nhận trong tháng 12.");
        await officer.Locator("#resolve").ClickAsync();
        await officer.Locator("#AnswerSummary").FillAsync("Đã gửi Quyết định 52/QĐ-UBND cho bà Thu.");
        await officer.Locator("#answer").ClickAsync();
        await officer.Locator("#confirm").ClickAsync();
        await Assertions.Expect(officer.Locator("#petition-status")).ToHaveTextAsync("Đã trả lời");

        // The worker's round (the tests drive it): the emails of the accepted and answered steps reach the SMTP server.
        await fixture.Services.GetRequiredService<OutboxDispatcher>().DrainAsync();
        var mails = smtp.To("thu.le@example.vn");
        Assert.Contains(mails, m => m.Subject == $"Đơn {code} đã được thụ lý");
        var answered = Assert.Single(mails, m => m.Subject == $"Đơn {code} đã được trả lời");
        Assert.Contains("Đã gửi Quyết định 52/QĐ-UBND cho bà Thu.", answered.TextBody);
        Assert.Contains($"/p/track?code={code}", answered.TextBody);

        // The administrator sees them sent on /admin/outbox.
        var admin = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, DemoAccounts.AdminUserName, DemoAccounts.AdminPassword);
        await admin.GotoAsync("/admin/outbox");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("thu.le@example.vn");
        await BrowserFixture.ShotAsync(admin, "outreach-02-admin-outbox");
        await AssertAxeAsync(admin);

        // The officer's own calendar address, made on their page.
        await officer.GotoAsync("/");
        await officer.Locator("#my-deadlines-feed").ClickAsync();
        await officer.Locator("#feed-reset").ClickAsync();
        await Assertions.Expect(officer.Locator("#feed-url")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/calendar/[A-Za-z0-9_-]{43}/deadlines.ics$"));
        await BrowserFixture.ShotAsync(officer, "outreach-03-my-calendar");
        await AssertAxeAsync(officer);
    }
}
