using System.Globalization;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 13's journey on the pages: the province's steering committee issues a decision and re-organises itself with it,
/// makes a plan with a task for Rô Men, inspects two communes and issues a concluding notice whose item becomes a task; Rô
/// Men's officer finds the task on the landing page and reports it done with evidence. Dates come from the pages (the app's
/// clock), never from the machine's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SteeringBrowserTests(BrowserFixture fixture)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_province_committee_reorganises_plans_inspects_and_concludes_and_a_commune_reports_its_task_done()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "bcd.lamdong", DemoAccounts.DemoPassword);

        // A decision of the Ban Chỉ đạo, issued and numbered at once.
        await page.GotoAsync("/steering/documents");
        var today = DateOnly.ParseExact(await page.Locator("#IssuedOn").GetAttributeAsync("max") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Ban hành ngay (cấp số)").CheckAsync();
        await page.Locator("#UnitCode").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Lâm Đồng" });
        await page.Locator("#IssuingBody").SelectOptionAsync("SteeringCommittee");
        await page.Locator("#NewKind").SelectOptionAsync("Decision");
        await page.Locator("#Summary").FillAsync("Về việc kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh Lâm Đồng");
        await page.Locator("#IssuedOn").FillAsync(Iso(today));
        await page.Locator("#SignerName").FillAsync("Nguyễn Văn An");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vào sổ", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Đã ban hành");
        var citation = await page.Locator("#citation").InnerTextAsync();
        Assert.Matches(@"^Quyết định số \d{2,}-QĐ/BCĐ ngày \d{2}/\d{1,2}/\d{4} của Ban Chỉ đạo QCDC cơ sở tỉnh về kiện toàn Ban Chỉ đạo", citation);
        var number = citation.Split(' ')[3];
        await BrowserFixture.ShotAsync(page, "50-steering-decision");

        // The committee re-organised by it: one member leaves, one joins.
        await page.GotoAsync("/steering?unit=68");
        var before = await page.Locator("#members tbody tr").CountAsync();
        await page.GetByLabel("Quyết định kiện toàn").SelectOptionAsync(new SelectOptionValue { Label = $"{number} — Về việc kiện toàn Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh Lâm Đồng" });
        await page.GetByLabel("Có hiệu lực từ ngày").FillAsync(Iso(today));
        await page.Locator("#m1-keep").UncheckAsync();
        await page.Locator($"#m{before}-name").FillAsync("K'Brèo Thị Hạnh");
        await page.Locator($"#m{before}-job").FillAsync("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh");
        await page.Locator($"#m{before}-role").SelectOptionAsync("Member");
        await page.Locator($"#m{before}-keep").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiện toàn Ban Chỉ đạo" }).ClickAsync();
        await Assertions.Expect(page.Locator("#members")).ToContainTextAsync("K'Brèo Thị Hạnh");
        Assert.Equal(before, await page.Locator("#members tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("#changes li").First).ToContainTextAsync($"Quyết định số {number}");
        await Assertions.Expect(page.Locator("#changes li").First).ToContainTextAsync("bổ sung 1, thôi 1 thành viên");
        await BrowserFixture.ShotAsync(page, "51-steering-committee");

        // A thematic plan with a task for Rô Men, due in five days.
        await page.GotoAsync("/steering/plans");
        await page.Locator("#UnitCode").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Lâm Đồng" });
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Kế hoạch chuyên đề đối thoại với Nhân dân cuối năm");
        await page.GetByLabel("Loại kế hoạch").SelectOptionAsync("Thematic");
        await page.Locator("#From").FillAsync(Iso(today));
        await page.Locator("#To").FillAsync(Iso(today.AddDays(40)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo kế hoạch" }).ClickAsync();
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Đối thoại với thanh niên về chuyển đổi số");
        await page.GetByLabel("Đơn vị thực hiện").SelectOptionAsync(new SelectOptionValue { Label = "Xã Rô Men" });
        await page.GetByLabel("Sản phẩm đầu ra").FillAsync("Biên bản hội nghị đối thoại");
        await page.GetByLabel("Ngày giao").FillAsync(Iso(today));
        await page.GetByLabel("Hạn nộp").FillAsync(Iso(today.AddDays(5)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Giao nhiệm vụ" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-tasks]")).ToContainTextAsync("Đối thoại với thanh niên về chuyển đổi số");
        await Assertions.Expect(page.Locator("#completion")).ToContainTextAsync("Xã Rô Men");
        await BrowserFixture.ShotAsync(page, "52-steering-plan");

        // An inspection of two communes, told ten days ahead; findings; the concluding notice.
        await page.GotoAsync("/steering/inspections");
        await page.GetByLabel("Ban Chỉ đạo kiểm tra").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Lâm Đồng" });
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở cuối năm");
        await page.GetByLabel("Thành phần đoàn").FillAsync("Nguyễn Văn An — Trưởng đoàn\nK'Brèo Thị Hạnh — Thành viên");
        await page.Locator("#From").FillAsync(Iso(today.AddDays(-3)));
        await page.Locator("#To").FillAsync(Iso(today.AddDays(-2)));
        await page.GetByLabel("Ngày gửi kế hoạch cho đơn vị").FillAsync(Iso(today.AddDays(-13)));
        await page.GetByLabel("Xã Rô Men", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Xã Phi Liêng", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lập kế hoạch kiểm tra" }).ClickAsync();
        await page.Locator("[data-unit] textarea").First.FillAsync("Xã niêm yết công khai đầy đủ; chưa tổ chức đối thoại định kỳ.");
        await page.Locator("[data-unit] button").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-unit]").First).ToContainTextAsync("chưa tổ chức đối thoại định kỳ");
        await page.Locator("#SignerName").FillAsync("Nguyễn Văn An");
        await page.Locator("#SignerTitle").FillAsync("Trưởng ban");
        await page.Locator("#Conclusions").FillAsync("Các xã đã quan tâm thực hiện quy chế dân chủ ở cơ sở.");
        await page.Locator("#item0-text").FillAsync("Tổ chức đối thoại định kỳ với Nhân dân");
        await page.Locator("#item0-unit").SelectOptionAsync(new SelectOptionValue { Label = "Xã Phi Liêng" });
        await page.Locator("#item0-due").FillAsync(Iso(today.AddDays(30)));
        await BrowserFixture.ShotAsync(page, "53-steering-inspection");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành thông báo và giao nhiệm vụ" }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice-link")).ToContainTextAsync("-TB/BCĐ");
        await Assertions.Expect(page.Locator("[data-tasks]")).ToContainTextAsync("Tổ chức đối thoại định kỳ với Nhân dân");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Tải Thông báo kết luận (Word)").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);

        // Rô Men's officer: the task is on the landing page; reported done with evidence, on time.
        var officer = await fixture.NewPageAsync(390, 844);
        await BrowserFixture.SignInAsync(officer, "cb.romen", DemoAccounts.DemoPassword);
        await officer.GotoAsync("/");
        await officer.Locator("a", new() { HasTextString = "Đối thoại với thanh niên về chuyển đổi số" }).First.ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Đối thoại với thanh niên về chuyển đổi số");
        await officer.GetByLabel("Tệp minh chứng").SetInputFilesAsync(new FilePayload { Name = "bien-ban-doi-thoai.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 biên bản đối thoại\n%%EOF"u8.ToArray() });
        await officer.Locator("#Note").FillAsync("Đã tổ chức đối thoại tại hội trường UBND xã, 120 người dự.");
        await officer.GetByLabel("Nhiệm vụ đã hoàn thành (đóng nhiệm vụ)").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#task-state")).ToContainTextAsync("Hoàn thành đúng hạn");
        await Assertions.Expect(officer.Locator("#progress")).ToContainTextAsync("bien-ban-doi-thoai.pdf");
        await BrowserFixture.ShotAsync(officer, "54-steering-task-done-390");
    }
}
