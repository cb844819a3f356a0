using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 12's everyday pages in the states the page tour does not reach: a citizen's letter just sent, its tracking
/// with the due date, a mistyped code; an officer asked to confirm filing a letter away. On a phone (390 px): nothing
/// wider than the screen, and no serious or critical axe-core violation of WCAG 2.1 AA.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowUpBrowserTests(BrowserFixture fixture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private static async Task JudgeAsync(IPage page, string name)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{name}: {overflow}px wider than the screen");
        var violations = (await page.RunAxe(Wcag21AA)).Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}) {v.Nodes.FirstOrDefault()?.Target}").ToList();
        Assert.True(violations.Count == 0, $"{name}: {string.Join("; ", violations)}");
        await BrowserFixture.ShotAsync(page, name);
    }

    [Fact]
    public async Task A_citizen_sends_a_letter_sees_what_happens_next_and_follows_it_on_a_phone()
    {
        var citizen = await fixture.NewPageAsync(width: 390, height: 844);
        await citizen.GotoAsync("/p/20611/petition");
        await citizen.Locator("#kind-Recommendation").CheckAsync();
        await citizen.GetByLabel("Nội dung đơn").FillAsync("Đề nghị lắp đèn đường ở đoạn dốc thôn Phú Lộc, buổi tối rất tối và nguy hiểm.");
        await citizen.Locator("#send").ClickAsync();
        var code = (await citizen.Locator("#tracking-code").InnerTextAsync()).Trim();
        await Assertions.Expect(citizen.Locator("#what-next")).ToContainTextAsync("Việc tiếp theo");
        await Assertions.Expect(citizen.Locator("#sent-due")).ToContainTextAsync("chậm nhất ngày");
        await JudgeAsync(citizen, "50-citizen-sent-next-steps-390");

        await citizen.Locator("#follow-it").ClickAsync();
        await Assertions.Expect(citizen.Locator("#tracked-status")).ToHaveTextAsync("Đã tiếp nhận");
        await Assertions.Expect(citizen.Locator("#tracked-due")).ToContainTextAsync("chậm nhất ngày");
        await JudgeAsync(citizen, "51-citizen-tracking-due-390");

        // One character wrong: a page that helps, not an error page.
        await citizen.Locator("#code").FillAsync(code[..^1]);
        await citizen.Locator("#code").PressAsync("Enter");
        await Assertions.Expect(citizen.Locator("#track-not-found")).ToContainTextAsync("Không tìm thấy đơn nào mang mã");
        await Assertions.Expect(citizen.Locator("#find-commune")).ToHaveAttributeAsync("href", "/");
        await JudgeAsync(citizen, "52-citizen-wrong-code-390");
    }

    [Fact]
    public async Task An_officer_is_asked_before_filing_a_letter_away_on_a_phone()
    {
        var officer = await fixture.NewPageAsync(width: 390, height: 844);
        await BrowserFixture.SignInAsync(officer, "cb.vantuong", DemoAccounts.DemoPassword);
        await officer.GotoAsync("/petitions");
        await officer.Locator("#queue tbody a").First.ClickAsync();
        var status = await officer.Locator("#petition-status").InnerTextAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lưu đơn (kết thúc xử lý)" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#confirm-step")).ToContainTextAsync("Lưu đơn là kết thúc xử lý");
        await Assertions.Expect(officer.Locator("#petition-status")).ToHaveTextAsync(status); // nothing done yet
        await JudgeAsync(officer, "53-officer-confirm-file-390");

        await officer.Locator("#confirm-cancel").ClickAsync();
        await Assertions.Expect(officer.Locator("#confirm-step")).ToHaveCountAsync(0);
        await Assertions.Expect(officer.Locator("#petition-status")).ToHaveTextAsync(status);
    }
}
