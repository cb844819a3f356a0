using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>Issue 4's journeys: the citizen on the portal, the officer running a community decision, the compliance view.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ParticipationBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_citizen_reads_a_disclosure_and_comments_on_a_draft_from_the_portal_on_a_phone()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/p/24971");
        await Assertions.Expect(page.Locator("#portal-title")).ToHaveTextAsync("Xã Rô Men");
        await BrowserFixture.ShotAsync(page, "20-portal-home");

        await page.Locator("#portal-disclosures a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#disclosure-title")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#disclosure-body")).ToContainTextAsync("UBND");
        await page.GoBackAsync();

        await page.Locator("#portal-consultations a", new() { HasTextString = "kinh tế - xã hội" }).ClickAsync();
        await Assertions.Expect(page.Locator("#consultation-title")).ToContainTextAsync("Dự thảo kế hoạch phát triển kinh tế - xã hội");
        var text = "Đề nghị bổ sung kinh phí sửa đường vào Bon Rô Men <b>trước mùa mưa</b>.";
        await page.GetByLabel("Ý kiến", new() { Exact = true }).FillAsync(text);
        await page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync("K'Brèo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        await Assertions.Expect(page.Locator("#comment-sent")).ToContainTextAsync("đã được ghi nhận");
        // The newest comment is first, shown as typed: the tag is text, not bold.
        await Assertions.Expect(page.Locator("#comments .comment-text").First).ToHaveTextAsync(text);
        Assert.Equal(0, await page.Locator("#comments b").CountAsync());
        await Assertions.Expect(page.Locator("#comments")).Not.ToContainTextAsync("K'Brèo");
        await BrowserFixture.ShotAsync(page, "21-portal-comment");
    }

    [Fact]
    public async Task An_officer_runs_a_decision_mixing_a_meeting_and_online_votes_and_one_that_fails_for_lack_of_participation()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.philieng", DemoAccounts.DemoPassword);

        // The roll of the village: how many households, and the codes handed to two of them.
        const string village = "24907.03";
        await page.GotoAsync($"/decisions/households?unit={village}");
        var households = int.Parse(CountPattern().Match(await page.Locator("main").InnerTextAsync()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var atMeeting = households / 2; // not more than half: a meeting alone would not be valid
        var codes = new List<string>();
        for (var i = atMeeting; i < atMeeting + 2; i++)
        {
            codes.Add((await page.Locator("#households tbody tr").Nth(i).Locator("code").InnerTextAsync()).Trim());
        }

        await page.GotoAsync("/decisions");
        await page.GetByLabel("Thôn, tổ dân phố", new() { Exact = true }).SelectOptionAsync(village);
        await page.GetByLabel("Nhóm nội dung").SelectOptionAsync("OtherSelfManaged");
        await page.GetByLabel("Nội dung đưa ra biểu quyết", new() { Exact = true }).FillAsync("Tổ chức ngày hội đại đoàn kết tại nhà văn hóa thôn");
        await page.GetByLabel("Biểu quyết trực tuyến", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Trưởng thôn và Ban công tác Mặt trận").CheckAsync();
        // More than half of the households chose to vote online (NĐ59 Điều 5; docs/legal.md ND59-5-ONLINE).
        await page.GetByLabel("Số hộ gia đình đã chọn biểu quyết trực tuyến", new() { Exact = true })
            .FillAsync((households / 2 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đưa ra biểu quyết" }).ClickAsync();
        await Assertions.Expect(page.Locator("#matter-question")).ToHaveTextAsync("Tổ chức ngày hội đại đoàn kết tại nhà văn hóa thôn");
        var matterUrl = page.Url;

        await page.GetByLabel("Ngày thông báo họp cho các hộ gia đình", new() { Exact = true }).FillAsync(DateTime.Today.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Số hộ có đại diện dự họp", new() { Exact = true }).FillAsync(atMeeting.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Biên bản cuộc họp", new() { Exact = true }).FillAsync("Hội nghị do Trưởng thôn chủ trì, biểu quyết bằng giơ tay.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi biên bản cuộc họp" }).ClickAsync();
        await Assertions.Expect(page.Locator("#minutes")).ToContainTextAsync("giơ tay");
        await Assertions.Expect(page.Locator("#meeting-notice")).ToContainTextAsync("theo Điều 3 Nghị định 59/2023/NĐ-CP: họp từ ngày");
        for (var i = 0; i < atMeeting; i++)
        {
            await page.Locator("#vote-sheet select").Nth(i).SelectOptionAsync(new SelectOptionValue { Label = "Đồng ý" });
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await Assertions.Expect(page.Locator("#tallies-hidden")).ToContainTextAsync($"{atMeeting}/{households} hộ");

        // Two households vote online from the portal with their codes; the running tally stays hidden.
        var citizen = await fixture.NewPageAsync(390, 844);
        var id = matterUrl.Split('/').Last();
        foreach (var code in codes)
        {
            await citizen.GotoAsync($"/p/24974/decisions/{id}");
            await citizen.GetByLabel("Đồng ý", new() { Exact = true }).CheckAsync();
            await citizen.GetByLabel("Mã hộ gia đình", new() { Exact = true }).FillAsync(code);
            await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi biểu quyết" }).ClickAsync();
            await Assertions.Expect(citizen.Locator("#vote-recorded")).ToBeVisibleAsync();
            await Assertions.Expect(citizen.Locator("#tallies-hidden")).ToBeVisibleAsync();
        }
        // The same code twice is refused.
        await citizen.GotoAsync($"/p/24974/decisions/{id}");
        await citizen.GetByLabel("Đồng ý", new() { Exact = true }).CheckAsync();
        await citizen.GetByLabel("Mã hộ gia đình", new() { Exact = true }).FillAsync(codes[0]);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi biểu quyết" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#form-errors")).ToContainTextAsync("đã biểu quyết");

        await page.GotoAsync(matterUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc biểu quyết" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("Được thông qua");
        await Assertions.Expect(page.Locator("#verdict-reason")).ToContainTextAsync($"{atMeeting + 2}/{households} hộ gia đình tán thành");
        await Assertions.Expect(page.Locator("#decision-result")).ToContainTextAsync("Điều 21 Luật 10/2022/QH15");
        await BrowserFixture.ShotAsync(page, "22-decision-adopted");

        // A meeting-only matter where too few households came.
        await page.GotoAsync("/decisions");
        await page.GetByLabel("Thôn, tổ dân phố", new() { Exact = true }).SelectOptionAsync("24907.04");
        await page.GetByLabel("Nội dung đưa ra biểu quyết", new() { Exact = true }).FillAsync("Mỗi hộ đóng góp 200.000 đồng sửa cầu tràn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đưa ra biểu quyết" }).ClickAsync();
        await page.GetByLabel("Số hộ có đại diện dự họp", new() { Exact = true }).FillAsync("3");
        await page.GetByLabel("Biên bản cuộc họp", new() { Exact = true }).FillAsync("Chỉ 3 hộ dự họp do trùng mùa thu hoạch cà phê.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi biên bản cuộc họp" }).ClickAsync();
        for (var i = 0; i < 3; i++)
        {
            await page.Locator("#vote-sheet select").Nth(i).SelectOptionAsync(new SelectOptionValue { Label = "Đồng ý" });
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc biểu quyết" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("Không hợp lệ: không đủ số hộ tham gia");
        await Assertions.Expect(page.Locator("#verdict-reason")).ToContainTextAsync("phải lấy ý kiến bằng phiếu hộ gia đình");
        await Assertions.Expect(page.Locator("#follow-up")).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "23-decision-lacking-participation");
    }

    [Fact]
    public async Task The_compliance_view_flags_a_posting_that_was_too_short()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.phiLieng".ToLowerInvariant(), DemoAccounts.DemoPassword);
        await page.GotoAsync("/disclosures");
        await page.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync("24974");
        await page.GetByLabel("Nội dung phải công khai", new() { Exact = true }).SelectOptionAsync("9");
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Danh sách hộ nghèo, hộ cận nghèo năm 2027 (dự kiến)");
        await page.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Danh sách dự kiến, bà con có ý kiến gửi UBND xã.");
        await page.GetByLabel("Niêm yết từ ngày", new() { Exact = true }).FillAsync("2026-11-23");
        await page.GetByLabel("Đến ngày", new() { Exact = true }).FillAsync("2026-12-02");
        await page.GetByLabel("Loa truyền thanh", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Số ngày liên tục trên loa truyền thanh", new() { Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Công khai", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#disclosures")).ToContainTextAsync("Danh sách hộ nghèo, hộ cận nghèo năm 2027");

        await page.GotoAsync("/disclosures/compliance?unit=24974&from=2026-11-23&to=2026-11-23");
        var row = page.Locator("#compliance-categories tr[data-state='TooShort']");
        await Assertions.Expect(row).ToContainTextAsync("Niêm yết chưa đủ thời gian");
        await Assertions.Expect(row).ToContainTextAsync("niêm yết 1/30 ngày");
        await Assertions.Expect(page.Locator("#compliance-summary")).ToContainTextAsync("1 niêm yết chưa đủ thời gian");
        await BrowserFixture.ShotAsync(page, "24-disclosure-compliance");
    }

    [GeneratedRegex(@"(\d+) hộ gia đình\.")]
    private static partial Regex CountPattern();
}
