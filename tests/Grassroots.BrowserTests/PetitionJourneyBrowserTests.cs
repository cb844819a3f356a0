using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PetitionJourneyBrowserTests(BrowserFixture fixture)
{
    private const string Denouncer = "Phạm Thị Lan";

    [Fact]
    public async Task A_complaint_goes_from_the_portal_to_the_decision_and_the_citizen_sees_the_final_status()
    {
        // The citizen sends it from the portal, on a phone.
        var citizen = await fixture.NewPageAsync(width: 390, height: 844);
        await citizen.GotoAsync("/p/20614/petition");
        await citizen.Locator("#kind-Complaint").CheckAsync();
        await citizen.GetByLabel("Tóm tắt đơn trong một dòng").FillAsync("Khiếu nại việc thu hồi đất làm đường");
        await citizen.GetByLabel("Nội dung đơn").FillAsync("Gia đình tôi không đồng ý với quyết định thu hồi 200 m² đất ở thôn Vạn Tường.");
        await citizen.GetByLabel("Họ tên người gửi đơn").FillAsync("Trần Văn Bảy");
        await citizen.GetByLabel("Số điện thoại").FillAsync("0905111222");
        await citizen.Locator("#send").ClickAsync();
        var code = (await citizen.Locator("#tracking-code").InnerTextAsync()).Trim();
        Assert.StartsWith("DT-", code);
        await BrowserFixture.ShotAsync(citizen, "10-citizen-sent");

        // The officer classifies, accepts, extends, decides and answers.
        var officer = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(officer, "cb.vantuong", DemoAccounts.DemoPassword);
        await officer.GotoAsync("/petitions");
        await officer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Phân loại, xử lý đơn" }).ClickAsync();
        await officer.Locator("#accept").ClickAsync();
        await Assertions.Expect(officer.Locator("#deadlines")).ToContainTextAsync("30 ngày kể từ ngày thụ lý");
        await Assertions.Expect(officer.Locator("#deadlines")).ToContainTextAsync("theo Điều 28 Luật Khiếu nại");
        await officer.Locator("#Reason").FillAsync("Vụ việc phức tạp, cần đo đạc lại");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Gia hạn" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#history")).ToContainTextAsync("Gia hạn");
        await officer.Locator("#DecisionNumber").FillAsync("45/QĐ-UBND");
        await officer.Locator("#ResolveSummary").FillAsync("Giữ nguyên quyết định thu hồi, bổ sung hỗ trợ.");
        await officer.Locator("#resolve").ClickAsync();
        await officer.Locator("#AnswerSummary").FillAsync("Đã gửi Quyết định 45/QĐ-UBND cho ông Bảy.");
        await officer.Locator("#answer").ClickAsync();
        // Answering closes the letter: the page asks first, saying so.
        await Assertions.Expect(officer.Locator("#confirm-step")).ToContainTextAsync("Trả lời người gửi sẽ đóng đơn");
        await officer.Locator("#confirm").ClickAsync();
        await Assertions.Expect(officer.Locator("#petition-status")).ToHaveTextAsync("Đã trả lời");
        await BrowserFixture.ShotAsync(officer, "11-officer-closed");

        // The citizen sees the final status by the code, and says whether it satisfied.
        await citizen.GotoAsync($"/p/track?code={code}");
        await Assertions.Expect(citizen.Locator("#tracked-status")).ToHaveTextAsync("Đã trả lời");
        await Assertions.Expect(citizen.Locator("#tracked-history")).ToContainTextAsync("45/QĐ-UBND");
        await citizen.Locator("#satisfied").ClickAsync();
        await Assertions.Expect(citizen.Locator("#satisfaction-given")).ToHaveTextAsync("Hài lòng");
        await BrowserFixture.ShotAsync(citizen, "12-citizen-tracking");
    }

    [Fact]
    public async Task A_denouncers_identity_is_shown_to_the_head_only_after_a_reason_and_never_to_the_officer()
    {
        var officer = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(officer, "cb.dongson", DemoAccounts.DemoPassword);
        await officer.GotoAsync("/petitions/new");
        await officer.GetByLabel("Đơn vị tiếp nhận").SelectOptionAsync(new SelectOptionValue { Label = "Xã Đông Sơn" });
        await officer.GetByLabel("Loại đơn").SelectOptionAsync("Denunciation");
        await officer.GetByLabel("Nguồn đơn").SelectOptionAsync("InPerson");
        await officer.GetByLabel("Nội dung đơn").FillAsync("Tố cáo trưởng thôn thu tiền làm đường bê tông không có biên lai.");
        await officer.GetByLabel("Họ tên người gửi đơn").FillAsync(Denouncer);
        await officer.GetByLabel("Số điện thoại").FillAsync("0977000111");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Vào sổ đơn" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#petitioner")).ToContainTextAsync("được giữ bí mật");
        var letterUrl = officer.Url;
        Assert.DoesNotContain(Denouncer, await officer.ContentAsync());
        await officer.GotoAsync("/petitions");
        Assert.DoesNotContain(Denouncer, await officer.ContentAsync());
        Assert.Equal(0, await officer.GetByRole(AriaRole.Button, new() { Name = "Xem (có ghi nhật ký)" }).CountAsync());
        await BrowserFixture.ShotAsync(officer, "13-officer-identity-hidden");
        // Nor in the register the officer downloads.
        await officer.GotoAsync("/statistics");
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.GetByRole(AriaRole.Link, new() { Name = "Sổ theo dõi xử lý đơn (Excel)" }).ClickAsync());
        var file = await download.PathAsync();
        var cells = MiniExcelLibs.MiniExcel.Query(file, excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object?>>().SelectMany(r => r.Values).Select(v => v?.ToString() ?? "").ToList();
        Assert.Contains("Tố cáo trưởng thôn thu tiền làm đường bê tông không có biên lai.", cells);
        Assert.Contains("Thông tin người tố cáo được giữ bí mật.", cells);
        Assert.DoesNotContain(cells, c => c.Contains(Denouncer, StringComparison.Ordinal));

        var head = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(head, "ct.dongson", DemoAccounts.DemoPassword);
        await head.GotoAsync(letterUrl);
        Assert.DoesNotContain(Denouncer, await head.ContentAsync());
        await head.Locator("#reveal-reason").FillAsync("Mời người tố cáo cung cấp biên lai");
        await head.GetByRole(AriaRole.Button, new() { Name = "Xem (có ghi nhật ký)" }).ClickAsync();
        await Assertions.Expect(head.Locator("#revealed")).ToContainTextAsync(Denouncer);
        await BrowserFixture.ShotAsync(head, "14-head-revealed");

        var admin = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(admin, "admin", DemoAccounts.AdminPassword);
        await admin.GotoAsync("/audit?action=ConfidentialRead");
        await Assertions.Expect(admin.Locator("#audit")).ToContainTextAsync("Mời người tố cáo cung cấp biên lai");
        Assert.DoesNotContain(Denouncer, await admin.ContentAsync());
    }
}
