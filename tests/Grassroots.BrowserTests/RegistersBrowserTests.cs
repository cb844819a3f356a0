using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>Issue 15's journeys through the pages: mediation from a letter to a written agreement, a propaganda session from a spreadsheet, a model and a workplace.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistersBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_letter_about_a_boundary_dispute_is_handed_to_the_village_team_and_ends_in_a_written_agreement()
    {
        var officer = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(officer, "cb.datong", DemoAccounts.DemoPassword);
        await officer.GotoAsync("/petitions/new");
        await officer.GetByLabel("Đơn vị tiếp nhận").SelectOptionAsync("24977");
        await officer.GetByLabel("Loại đơn").SelectOptionAsync("Recommendation");
        await officer.GetByLabel("Nguồn đơn").SelectOptionAsync("InPerson");
        await officer.GetByLabel("Nội dung đơn").FillAsync("Đề nghị giải quyết tranh chấp ranh giới đất vườn với hộ ông Điểu Brềm, hàng rào lấn sang 1,5 m.");
        await officer.GetByLabel("Họ tên người gửi đơn").FillAsync("Bà Ka Hoa");
        await officer.GetByLabel("Số điện thoại").FillAsync("0977123456");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Vào sổ đơn" }).ClickAsync();
        await officer.Locator("#to-mediation").ClickAsync();

        // The mediation form comes with the letter; the officer picks the village's team and names the other party.
        await Assertions.Expect(officer.Locator("#Source")).ToHaveValueAsync("Petition");
        await officer.Locator("#TeamId").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await officer.GetByLabel("Bên thứ hai").FillAsync("Ông Điểu Brềm");
        await officer.Locator("#Kind").SelectOptionAsync("Land");
        await officer.Locator("#receive").ClickAsync();
        await BrowserFixture.ShotAsync(officer, "59-mediation-received");
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Bà Ka Hoa – Ông Điểu Brềm");
        await Assertions.Expect(officer.Locator("#case-status")).ToContainTextAsync("Đang hòa giải");

        await officer.Locator("#outcome-mediators").FillAsync("Ka Điệp, Nguyễn Thị Hòa");
        await officer.Locator("#outcome-agreement").FillAsync("Hai bên thống nhất dời hàng rào về đúng mốc ranh giới theo bản đồ địa chính.");
        await officer.Locator("#signed-a").CheckAsync();
        await officer.Locator("#signed-b").CheckAsync();
        await officer.Locator("#record-outcome").ClickAsync();
        await Assertions.Expect(officer.Locator("#case-status")).ToContainTextAsync("Hòa giải thành");
        await BrowserFixture.ShotAsync(officer, "60-mediation-agreement");
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("#agreement-docx").ClickAsync());
        using var word = WordprocessingDocument.Open((await download.PathAsync())!, false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Bà Ka Hoa", text);
        Assert.Contains("dời hàng rào", text);
    }

    [Fact]
    public async Task A_commune_records_a_propaganda_session_from_a_spreadsheet_of_attendees()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.datong", DemoAccounts.DemoPassword);
        await page.GotoAsync("/outreach");
        await page.Locator("#UnitCode").FillAsync("24977");
        await page.Locator("#Topic").FillAsync("Tuyên truyền Luật Đất đai cho bà con thôn 3");
        await page.Locator("#Law").FillAsync("Luật Đất đai số 31/2024/QH15");
        await page.Locator("#Place").FillAsync("Nhà văn hóa thôn 3");
        var list = new Web.Platform.Documents.Spreadsheet().Sheet("Danh sách", [],
            [new("STT"), new("Họ và tên"), new("Địa chỉ")], Enumerable.Range(1, 64).Select(i => (IReadOnlyList<object?>)[i, $"Người dân thôn 3 số {i}", "Thôn 3"])).ToBytes();
        await page.GetByLabel("Danh sách người tham dự (không bắt buộc)").SetInputFilesAsync(new FilePayload
        {
            Name = "danh-sach-tham-du.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = list,
        });
        await page.Locator("#record-session").ClickAsync();
        await Assertions.Expect(page.Locator("#sessions tr", new() { HasTextString = "Tuyên truyền Luật Đất đai cho bà con thôn 3" })).ToContainTextAsync("64");
        await BrowserFixture.ShotAsync(page, "61-outreach-from-spreadsheet");
    }

    [Fact]
    public async Task A_model_is_recognised_and_replicated_and_a_private_enterprises_conference_moves_the_rate()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.AdminUserName, DemoAccounts.AdminPassword);
        await page.GotoAsync("/models");
        await page.Locator("#UnitCode").FillAsync("24977");
        await page.Locator("#Name").FillAsync("Dân vận khéo trong tái canh cà phê");
        await page.Locator("#Description").FillAsync("Hội Nông dân xã hướng dẫn hộ đồng bào K'Ho tái canh cà phê.");
        await page.Locator("#StartedBy").FillAsync("Hội Nông dân xã Đạ Tông");
        await page.Locator("#register-model").ClickAsync();
        await Assertions.Expect(page.Locator("#model-name")).ToHaveTextAsync("Dân vận khéo trong tái canh cà phê");
        await page.Locator("#DecisionNumber").FillAsync("120/QĐ-UBND");
        await page.Locator("#recognise").ClickAsync();
        await Assertions.Expect(page.Locator("#recognitions")).ToContainTextAsync("120/QĐ-UBND");
        foreach (var commune in new[] { "24971", "24974" })
        {
            await page.Locator("#UnitCode").FillAsync(commune);
            await page.Locator("#replicate").ClickAsync();
        }
        await Assertions.Expect(page.Locator("#replications li")).ToHaveCountAsync(2);
        await BrowserFixture.ShotAsync(page, "62-model-recognised-replicated");

        // A private enterprise of the commune holds its workers' conference: the commune's rate moves from 0% to 100%.
        await page.GotoAsync("/workplaces");
        await page.Locator("#UnitCode").FillAsync("24977");
        await page.Locator("#Name").FillAsync("Công ty TNHH Cà phê Đạ Tông");
        await page.Locator("#NewKind").SelectOptionAsync("PrivateEnterprise");
        await page.Locator("#Staff").FillAsync("42");
        await page.Locator("#Since").FillAsync("2026-01-01");
        await page.Locator("#add-workplace").ClickAsync();
        var detail = page.Url;
        await page.GotoAsync("/workplaces?unit=24977&from=2026-01-01&to=2026-12-31");
        await Assertions.Expect(page.Locator("#rates tr", new() { HasTextString = "Doanh nghiệp tư nhân" })).ToContainTextAsync("0%");
        await page.GotoAsync(detail);
        await page.Locator("#Attendees").FillAsync("40");
        await page.Locator("#ChairedBy").FillAsync("Nguyễn Văn Giám Đốc");
        await page.Locator("#Minutes").FillAsync("Hội nghị thông qua thỏa ước lao động tập thể và quy chế dân chủ tại nơi làm việc.");
        await page.Locator("#record-conference").ClickAsync();
        await Assertions.Expect(page.Locator("#conferences")).ToContainTextAsync("Năm công tác 2026");
        await page.GotoAsync("/workplaces?unit=24977&from=2026-01-01&to=2026-12-31");
        await Assertions.Expect(page.Locator("#rates tr", new() { HasTextString = "Doanh nghiệp tư nhân" })).ToContainTextAsync("100%");
        await BrowserFixture.ShotAsync(page, "63-workplace-rate");
    }
}
