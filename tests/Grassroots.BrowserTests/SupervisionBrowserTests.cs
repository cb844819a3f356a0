using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 14 on the pages. Rô Men's officer puts the People's Inspection Board to Thôn Mê Ka's households' meeting, records
/// the meeting's votes and confirms the board; the board's inspection plan is refused when it leaves fewer than 5 working
/// days across New Year's Day and accepted a day later; the check itself is refused before the plan allows; a Front
/// supervision's recommendation is answered by the commune and read on the portal; an overdue one is escalated. And
/// Rô Men's officer finds a recommendation of the People's Inspection Board waiting in the tracker, answers it for
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

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Ro_Men_elects_its_inspection_board_at_a_village_meeting_plans_across_New_Year_and_follows_a_recommendation_to_its_answer()
    {
        const string village = "24901.06"; // Thôn Mê Ka
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.romen", DemoAccounts.DemoPassword);

        // The candidates go to the village's households' meeting (a community decision, matter 5 of L10 Điều 15).
        await page.GotoAsync("/supervision/boards");
        await page.Locator("#elect-unit").SelectOptionAsync(new SelectOptionValue { Label = "Xã Rô Men" });
        await page.Locator("#elect-village").SelectOptionAsync(village);
        var today = DateOnly.ParseExact(await page.Locator("#elect-opens").InputValueAsync(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] names = ["Ka Điểu", "Liêng Hót Ha Thu", "Nguyễn Văn Phúc", "Cil Mup", "Trần Thị Ngân"];
        for (var i = 0; i < names.Length; i++)
        {
            await page.Locator($"#Candidates_{i}_Name").FillAsync(names[i]);
            await page.Locator($"#Candidates_{i}_Residence").FillAsync("Thôn Mê Ka");
        }
        // A commune official among them is refused, and nothing is put to the vote.
        await page.Locator("#Candidates_5_Name").FillAsync("Phạm Công Chức");
        await page.Locator("#Candidates_5_IsCommuneOfficial").CheckAsync();
        await page.Locator("#open-election").ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("Phạm Công Chức là cán bộ, công chức cấp xã");
        await page.Locator("#Candidates_5_Name").FillAsync("");
        await page.Locator("#Candidates_5_IsCommuneOfficial").UncheckAsync();
        await page.Locator("#open-election").ClickAsync();
        await Assertions.Expect(page.Locator("#board-state")).ToHaveTextAsync("Đang chờ kết quả bầu");
        var boardUrl = page.Url;
        await NoAxeViolationsAsync(page);

        // The meeting on the app's today, told three days before; every household of the village comes and agrees.
        var matterUrl = (await page.Locator("#board a[href^='/decisions/']").GetAttributeAsync("href"))!;
        await page.GotoAsync($"/decisions/households?unit={village}");
        var households = int.Parse(Regex.Match(await page.Locator("main").InnerTextAsync(), @"(\d+) hộ gia đình\.").Groups[1].Value, CultureInfo.InvariantCulture);
        await page.GotoAsync(matterUrl);
        await page.GetByLabel("Ngày thông báo họp cho các hộ gia đình", new() { Exact = true }).FillAsync(Iso(today.AddDays(-3)));
        await page.GetByLabel("Số hộ có đại diện dự họp", new() { Exact = true }).FillAsync(households.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Biên bản cuộc họp", new() { Exact = true }).FillAsync("Hội nghị hộ gia đình thôn Mê Ka bầu thành viên Ban Thanh tra nhân dân.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi biên bản cuộc họp" }).ClickAsync();
        Assert.Equal(households, await page.Locator("#vote-sheet select").CountAsync());
        for (var i = 0; i < households; i++)
        {
            await page.Locator("#vote-sheet select").Nth(i).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc biểu quyết" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("Được thông qua");

        await page.GotoAsync(boardUrl);
        await page.Locator("#confirm-election").ClickAsync();
        await Assertions.Expect(page.Locator("#board-state")).ToHaveTextAsync($"Hoạt động từ ngày {today.Day}/{today.Month}/{today.Year}");
        await Assertions.Expect(page.Locator("#members")).ToContainTextAsync("Liêng Hót Ha Thu");

        // "each inspection plan sent to the Front, the commune chairman and the target ≥ 5 working days ahead" (docs/legal.md
        // SUP-PLAN-5WD): sent on Tuesday 29/12/2026, the five working days are 30/12, 31/12, 4/1, 5/1 and 6/1 (1/1 off).
        await page.Locator("#plan-kind").SelectOptionAsync("Inspection");
        await page.Locator("#plan-sent").FillAsync("2026-12-29");
        await page.Locator("#plan-title-input").FillAsync("Kiểm tra việc thu, chi quỹ làm đường thôn Mê Ka");
        await page.Locator("#plan-target").FillAsync("UBND xã Rô Men");
        await page.Locator("#plan-from").FillAsync("2027-01-06");
        await page.Locator("#plan-to").FillAsync("2027-01-08");
        await page.Locator("#add-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("chỉ được kiểm tra từ ngày 7/1/2027");
        await Assertions.Expect(page.Locator("#plans")).ToHaveCountAsync(0);
        await page.Locator("#plan-from").FillAsync("2027-01-07");
        await page.Locator("#add-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#plans")).ToContainTextAsync("7/1/2027");
        await Assertions.Expect(page.Locator("#plans")).ToContainTextAsync("ngày làm việc");
        await NoAxeViolationsAsync(page);
        await BrowserFixture.ShotAsync(page, "63-supervision-board-plan");

        // The check cannot be recorded before the plan allows.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ghi kết quả kiểm tra" }).ClickAsync();
        await Assertions.Expect(page.Locator("#from-plan")).ToContainTextAsync("7/1/2027");
        await page.Locator("#session-findings").FillAsync("Chứng từ chi chưa đầy đủ.");
        await page.Locator("#record-session").ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("chỉ được kiểm tra từ ngày 7/1/2027");

        // The Front's supervision today, its findings and a recommendation to the commune, shown on the portal.
        const string ask = "Đề nghị UBND xã công khai bảng thu, chi quỹ làm đường tại nhà văn hóa thôn Mê Ka.";
        const string answer = "UBND xã đã niêm yết bảng thu, chi tại nhà văn hóa thôn Mê Ka.";
        await page.GotoAsync("/supervision/sessions");
        await page.Locator("#session-unit").SelectOptionAsync(new SelectOptionValue { Label = "Xã Rô Men" });
        await page.Locator("#session-kind").SelectOptionAsync("FrontSupervision");
        await page.Locator("#session-topic").FillAsync("Giám sát việc thu, chi quỹ làm đường thôn Mê Ka");
        await page.Locator("#session-body").FillAsync("UBND xã Rô Men");
        await page.Locator("#session-findings").FillAsync("Chưa công khai bảng thu, chi tại thôn.");
        await page.Locator("#Recommendations_0_Content").FillAsync(ask);
        await page.Locator("#Recommendations_0_AddressedUnitCode").SelectOptionAsync(new SelectOptionValue { Label = "Xã Rô Men" });
        await NoAxeViolationsAsync(page);
        await page.Locator("#record-session").ClickAsync();
        await Assertions.Expect(page.Locator("#session")).ToContainTextAsync("Chưa công khai bảng thu, chi tại thôn.");
        await page.Locator("#recommendations a", new() { HasTextString = ask }).ClickAsync();
        await Assertions.Expect(page.Locator("#recommendation")).ToContainTextAsync("Hạn trả lời");
        await page.GetByLabel("Trả lời", new() { Exact = true }).FillAsync(answer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#recommendation-answer")).ToContainTextAsync(answer);
        await page.Locator("#judge-answer").ClickAsync();
        await Assertions.Expect(page.Locator("#recommendation-acceptance")).ToHaveTextAsync("Đồng ý");
        var citizen = await fixture.NewPageAsync(390, 844);
        await citizen.GotoAsync("/p/24971");
        await Assertions.Expect(citizen.Locator("#portal-recommendations")).ToContainTextAsync(answer);

        // An overdue recommendation goes to the body above.
        await page.GotoAsync("/supervision?status=Overdue");
        var overdue = page.Locator("#tracker tbody tr a").First;
        await Assertions.Expect(overdue).ToBeVisibleAsync();
        await overdue.ClickAsync();
        await page.Locator("#escalate").ClickAsync();
        await Assertions.Expect(page.Locator("#recommendation")).ToContainTextAsync("Đã báo cáo cấp trên");
        await NoAxeViolationsAsync(page);
    }
}
