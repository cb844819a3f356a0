using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 14: Rô Men's officer finds a recommendation of the People's Inspection Board waiting in the tracker, answers it for
/// the commune, and a citizen reads the answer on the commune's portal on a phone; both pages pass axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SupervisionBrowserTests(BrowserFixture fixture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private static async Task NoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{page.Url}: {v.Id} {v.Nodes.FirstOrDefault()?.Target}")));
    }

    [Fact]
    public async Task The_commune_answers_an_inspection_boards_recommendation_and_the_answer_is_on_the_portal()
    {
        const string answer = "UBND xã đã bổ sung chứng từ và niêm yết công khai tại nhà văn hóa các thôn.";
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.romen", DemoAccounts.DemoPassword);
        await page.GotoAsync("/supervision?status=Open&source=InspectionBoard");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Theo dõi kiến nghị");
        var first = page.Locator("#tracker tbody tr a").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        await NoAxeViolationsAsync(page);
        await BrowserFixture.ShotAsync(page, "60-supervision-tracker");

        await first.ClickAsync();
        await Assertions.Expect(page.Locator("#recommendation-title")).ToContainTextAsync("Ban Thanh tra nhân dân");
        await page.GetByLabel("Trả lời", new() { Exact = true }).FillAsync(answer);
        await NoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#recommendation-answer")).ToContainTextAsync(answer);
        await BrowserFixture.ShotAsync(page, "61-supervision-answered");

        var phone = await fixture.NewPageAsync(390, 844);
        await phone.GotoAsync("/p/24971");
        await Assertions.Expect(phone.Locator("#portal-recommendations")).ToContainTextAsync(answer);
        await NoAxeViolationsAsync(phone);
        await BrowserFixture.ShotAsync(phone, "62-portal-recommendation-answer");
    }
}
