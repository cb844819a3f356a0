using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>Village conventions from draft to text in force, and a household representative voting with their own account.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ConventionBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_takes_a_convention_from_draft_to_recognition_and_the_portal_shows_it_in_force()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.philieng", DemoAccounts.DemoPassword);
        await page.GotoAsync("/conventions");
        await page.GetByLabel("Thôn, tổ dân phố", new() { Exact = true }).SelectOptionAsync("24910.04");
        await page.GetByLabel("Toàn văn dự thảo", new() { Exact = true }).FillAsync(
            "Chương I. NHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Hương ước này quy định việc giữ gìn rừng đầu nguồn và nếp sống văn minh của thôn Trung Lâm.\n"
            + "Điều 2. Các hộ không đốt nương rẫy trong mùa khô khi chưa báo Trưởng thôn.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo" }).ClickAsync();
        await Assertions.Expect(page.Locator("#convention-title")).ToHaveTextAsync("Hương ước thôn Trung Lâm");
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Đang dự thảo");
        var conventionUrl = page.Url;

        // Posted on the notice board on 1/10: the thirty days are 2/10–31/10 (Bộ luật Dân sự Điều 147), so the vote may be held from 1/11.
        await page.GetByLabel("Ngày niêm yết", new() { Exact = true }).FillAsync("2026-10-01");
        await page.GetByLabel("Lấy ý kiến đến ngày", new() { Exact = true }).FillAsync("2026-11-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Niêm yết lấy ý kiến" }).ClickAsync();
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Đang niêm yết lấy ý kiến");
        await Assertions.Expect(page.Locator(".deadline[data-rule='PostDraft']")).ToContainTextAsync("Niêm yết ít nhất 30 ngày kể từ ngày niêm yết 1/10/2026 theo Điều 9 Nghị định 61/2023/NĐ-CP: biểu quyết từ ngày 1/11/2026");

        // The households' meeting, run on the vote's own page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Đưa ra biểu quyết" }).ClickAsync();
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Đang biểu quyết");
        await page.Locator("#vote-link").ClickAsync();
        await Assertions.Expect(page.Locator("#convention-link")).ToContainTextAsync("Hương ước thôn Trung Lâm");
        var households = int.Parse(HouseholdsPattern().Match(await page.Locator("#tallies-hidden").InnerTextAsync()).Groups[1].Value, CultureInfo.InvariantCulture);
        await page.GetByLabel("Số hộ có đại diện dự họp", new() { Exact = true }).FillAsync(households.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Biên bản cuộc họp", new() { Exact = true }).FillAsync("Hội nghị do Trưởng thôn chủ trì, có đại diện Ban công tác Mặt trận; biểu quyết bằng giơ tay.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi biên bản cuộc họp" }).ClickAsync();
        var approve = households / 2 + 1;
        for (var i = 0; i < households; i++)
        {
            await page.Locator("#vote-sheet select").Nth(i).SelectOptionAsync(new SelectOptionValue { Label = i < approve ? "Tán thành" : "Không tán thành" });
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc biểu quyết" }).ClickAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("Được thông qua");
        await Assertions.Expect(page.Locator("#recognise")).ToHaveCountAsync(0); // recognised with the convention, not here

        // Adopted and signed; the file goes to the commune the same day.
        await page.Locator("#convention-link").ClickAsync();
        await Assertions.Expect(page.Locator("#vote-verdict")).ToContainTextAsync($"{approve}/{households} hộ gia đình tán thành");
        await page.GetByLabel("Trưởng thôn, Tổ trưởng tổ dân phố", new() { Exact = true }).FillAsync("K'Brèo");
        await page.GetByLabel("Trưởng ban công tác Mặt trận", new() { Exact = true }).FillAsync("Ka Huệ");
        await page.GetByLabel("Đại diện hộ gia đình ký thứ nhất", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Đại diện hộ gia đình ký thứ hai", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận thông qua và chữ ký" }).ClickAsync();
        await Assertions.Expect(page.Locator("#adopted")).ToContainTextAsync($"Thông qua ngày 23/11/2026: {approve}/{households} hộ gia đình tán thành.");
        await Assertions.Expect(page.Locator(".deadline[data-rule='SendFile']")).ToContainTextAsync("5 ngày làm việc kể từ ngày thông qua 23/11/2026 theo Điều 11 Nghị định 61/2023/NĐ-CP → 30/11/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đã gửi hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.Locator("#stage")).ToHaveTextAsync("Đã gửi hồ sơ, chờ công nhận");
        await Assertions.Expect(page.Locator(".deadline[data-rule='SendFile']")).ToContainTextAsync("đúng hạn");
        await Assertions.Expect(page.Locator(".deadline[data-rule='DecideRecognition']")).ToContainTextAsync("5 ngày làm việc kể từ ngày nhận đủ hồ sơ 23/11/2026");
        await BrowserFixture.ShotAsync(page, "30-convention-file-sent");

        // The commune chairman recognises it.
        var head = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(head, "ct.philieng", DemoAccounts.DemoPassword);
        await head.GotoAsync(conventionUrl);
        await head.GetByLabel("Số quyết định/kết luận", new() { Exact = true }).FillAsync("25/QĐ-UBND");
        await head.GetByRole(AriaRole.Button, new() { Name = "Công nhận", Exact = true }).ClickAsync();
        await Assertions.Expect(head.Locator("#in-force-since")).ToHaveTextAsync("Lần 1, có hiệu lực từ 23/11/2026 theo Quyết định công nhận số 25/QĐ-UBND.");
        await Assertions.Expect(head.Locator("#versions tr[data-version='1']")).ToContainTextAsync("Đang có hiệu lực");
        await BrowserFixture.ShotAsync(head, "31-convention-in-force");

        // On the commune's portal, without signing in: the text in force.
        var citizen = await fixture.NewPageAsync(390, 844);
        await citizen.GotoAsync("/p/24974");
        var item = citizen.Locator("#portal-conventions li", new() { HasTextString = "Hương ước thôn Trung Lâm" });
        await Assertions.Expect(item).ToContainTextAsync("lần 1 có hiệu lực từ 23/11/2026");
        await item.Locator("a").ClickAsync();
        await Assertions.Expect(citizen.Locator("#in-force-text")).ToContainTextAsync("Điều 2. Các hộ không đốt nương rẫy trong mùa khô");
        await BrowserFixture.ShotAsync(citizen, "32-portal-convention");
    }

    [Fact]
    public async Task A_household_representative_signs_in_and_votes_for_the_household_which_then_has_spoken()
    {
        var citizen = await fixture.NewPageAsync(390, 844);
        await BrowserFixture.SignInAsync(citizen, DemoAccounts.RepresentativeUserName, DemoAccounts.DemoPassword);
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/my/household$"));
        await Assertions.Expect(citizen.Locator("#my-household")).ToContainTextAsync("Thôn Đạ Nhinh");
        var open = citizen.Locator("#my-matters li", new() { Has = citizen.Locator("form") });
        var matterId = await open.GetAttributeAsync("data-matter");
        await open.GetByLabel("Đồng ý", new() { Exact = true }).CheckAsync();
        await open.GetByRole(AriaRole.Button, new() { Name = "Biểu quyết thay mặt hộ" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#vote-recorded")).ToBeVisibleAsync();
        await Assertions.Expect(citizen.Locator($"#my-matters li[data-matter='{matterId}'] .voted")).ToHaveTextAsync("Hộ đã biểu quyết (Trực tuyến).");
        await BrowserFixture.ShotAsync(citizen, "33-representative-voted");

        // The household's paper code cannot give it a second voice.
        var officer = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(officer, "cb.romen", DemoAccounts.DemoPassword);
        await officer.GotoAsync("/decisions/households?unit=24901.02");
        var row = officer.Locator("#households tbody tr", new() { Has = officer.Locator("td.account", new() { HasTextString = DemoAccounts.RepresentativeUserName }) });
        var code = (await row.Locator("code").InnerTextAsync()).Trim();
        var anonymous = await fixture.NewPageAsync(390, 844);
        await anonymous.GotoAsync($"/p/24971/decisions/{matterId}");
        await anonymous.GetByLabel("Không đồng ý", new() { Exact = true }).CheckAsync();
        await anonymous.GetByLabel("Mã hộ gia đình", new() { Exact = true }).FillAsync(code);
        await anonymous.GetByRole(AriaRole.Button, new() { Name = "Gửi biểu quyết" }).ClickAsync();
        await Assertions.Expect(anonymous.Locator("#form-errors")).ToContainTextAsync("đã biểu quyết");
    }

    [GeneratedRegex(@"\d+/(\d+) hộ")]
    private static partial Regex HouseholdsPattern();
}
