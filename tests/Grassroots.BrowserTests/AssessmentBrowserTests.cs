using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 17: the level above (the province of Quảng Ngãi, which holds its communes since the 2025 reform) issues and publishes
/// the "chính quyền thân thiện" criteria set; two communes score themselves with evidence — their computed criteria pre-filled
/// from their petitions and disclosures — and submit; the province appraises, changes one score with a reason, decides, and
/// publishes the ranking; then it sees the share of its communes meeting the standard against its 60 % target. Every page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessmentBrowserTests(BrowserFixture fixture)
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

    private static readonly FilePayload Evidence = new() { Name = "bien-ban-kiem-chung.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%kiem chung\n"u8.ToArray() };

    private static async Task SelfAssessAsync(BrowserFixture fixture, string user, string setUrl, string shot)
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, user, DemoAccounts.DemoPassword);
        await page.GotoAsync(setUrl);
        await page.Locator("#set-assessments tbody a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#assessment-status")).ToHaveTextAsync("Đang tự đánh giá");
        // The disclosures criterion is computed from the commune's records: its figure and source are shown, the box is read-only.
        await Assertions.Expect(page.Locator("tr[data-criterion='2.1'] .figure-source")).ToContainTextAsync("Thông tin được công khai");
        var petitions = page.GetByLabel("Điểm tự chấm tiêu chí 1.1");
        if (await petitions.CountAsync() > 0)
        {
            await petitions.FillAsync("16");
        }
        await page.GetByLabel("Điểm tự chấm tiêu chí 1.2").FillAsync("10");
        await page.GetByLabel("Điểm tự chấm tiêu chí 2.2").FillAsync("18");
        await page.GetByLabel("Điểm tự chấm tiêu chí 3").FillAsync("27,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm tự chấm" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success, [role=status]").First).ToContainTextAsync("Đã lưu điểm tự chấm");
        foreach (var index in new[] { 1, 3, 4 })
        {
            await page.Locator("#CriterionId").SelectOptionAsync(new SelectOptionValue { Index = index });
            await page.Locator("#Upload").SetInputFilesAsync(Evidence);
            await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
            await Assertions.Expect(page.Locator(".alert-success, [role=status]").First).ToContainTextAsync("Đã đính kèm");
        }
        await NoAxeViolationsAsync(page);
        await BrowserFixture.ShotAsync(page, shot);
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp bản tự đánh giá" }).ClickAsync();
        await Assertions.Expect(page.Locator("#assessment-status")).ToHaveTextAsync("Đã nộp, chờ thẩm định");
    }

    [Fact]
    public async Task The_province_publishes_the_friendly_government_set_two_communes_self_assess_and_the_province_ranks_them_against_its_target()
    {
        var province = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(province, "ld.quangngai", DemoAccounts.DemoPassword);
        await province.GotoAsync("/assessment");
        await Assertions.Expect(province.Locator("h1")).ToHaveTextAsync("Đánh giá, xếp loại");
        await province.Locator("#IssuerCode").SelectOptionAsync(new SelectOptionValue { Label = "Tỉnh Quảng Ngãi" });
        await province.GetByLabel("Tên bộ tiêu chí").FillAsync("Bộ tiêu chí xã đạt chuẩn \"Chính quyền thân thiện\" năm 2026");
        await province.Locator("#Purpose").SelectOptionAsync("Standard");
        await province.GetByLabel("Tên tiêu chuẩn").FillAsync("Chính quyền thân thiện");
        await province.GetByLabel("Văn bản ban hành (số, ngày)").FillAsync("Quyết định số 120/QĐ-UBND ngày 02/11/2026");
        await province.GetByLabel("Đạt chuẩn từ (điểm)").FillAsync("70");
        await NoAxeViolationsAsync(province);
        await BrowserFixture.ShotAsync(province, "80-assessment-new-set");
        await province.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo bộ tiêu chí" }).ClickAsync();
        await Assertions.Expect(province.Locator("#set-status")).ToContainTextAsync("Dự thảo");
        await province.GetByRole(AriaRole.Button, new() { Name = "Ban hành bộ tiêu chí" }).ClickAsync();
        await Assertions.Expect(province.Locator("#set-status")).ToContainTextAsync("Đã ban hành");
        var setUrl = new Uri(province.Url).AbsolutePath;
        await NoAxeViolationsAsync(province);
        await BrowserFixture.ShotAsync(province, "81-assessment-set-published");

        await SelfAssessAsync(fixture, "cb.binhson", setUrl, "82-assessment-self-binhson");
        await SelfAssessAsync(fixture, "cb.vantuong", setUrl, "83-assessment-self-vantuong");

        // The province changes one score of Bình Sơn, with its reason, and decides both.
        await province.GotoAsync(setUrl);
        await province.Locator("#set-assessments a", new() { HasText = "Xã Bình Sơn" }).ClickAsync();
        await Assertions.Expect(province.Locator("#assessment-status")).ToHaveTextAsync("Đã nộp, chờ thẩm định");
        await province.GetByLabel("Điểm thẩm định tiêu chí 2.2").FillAsync("15");
        await province.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả thẩm định" }).ClickAsync();
        await Assertions.Expect(province.Locator(".alert-danger, .validation-summary-errors, [role=alert]").First).ToContainTextAsync("phải ghi lý do");
        await province.GetByLabel("Lý do điều chỉnh tiêu chí 2.2").FillAsync("Chưa niêm yết tại nhà văn hóa thôn");
        await province.GetByLabel("Điểm thẩm định tiêu chí 2.2").FillAsync("15");
        await province.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả thẩm định" }).ClickAsync();
        await Assertions.Expect(province.Locator("#assessment-status")).ToHaveTextAsync("Đã thẩm định");
        await Assertions.Expect(province.Locator("tr[data-criterion='2.2']")).ToContainTextAsync("Chưa niêm yết tại nhà văn hóa thôn");
        await NoAxeViolationsAsync(province);
        await BrowserFixture.ShotAsync(province, "84-assessment-appraised");
        await province.GetByLabel("Số quyết định").FillAsync("150/QĐ-UBND");
        await province.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" }).ClickAsync();
        await Assertions.Expect(province.Locator("#assessment-status")).ToHaveTextAsync("Đã có quyết định");
        await province.GotoAsync(setUrl);
        await province.Locator("#set-assessments a", new() { HasText = "Xã Vạn Tường" }).ClickAsync();
        await province.GetByLabel("Số quyết định").FillAsync("150/QĐ-UBND");
        await province.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" }).ClickAsync();
        await Assertions.Expect(province.Locator("#result")).ToContainTextAsync("Đạt chuẩn");

        await province.GotoAsync(setUrl);
        await province.GetByRole(AriaRole.Button, new() { Name = "Công bố kết quả, xếp hạng" }).ClickAsync();
        await Assertions.Expect(province.Locator("#ranking tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(province.Locator("#ranking-status")).ToContainTextAsync("Kết quả công bố ngày");
        await NoAxeViolationsAsync(province);
        await BrowserFixture.ShotAsync(province, "85-assessment-ranking");

        // The province's target: 60 % of its communes; two of its seven pass.
        await province.GotoAsync("/assessment/targets?unit=51&standard=Chính quyền thân thiện&year=2026");
        await province.GetByLabel("Tỷ lệ xã đạt chuẩn (%)").FillAsync("60");
        await province.GetByLabel("Văn bản ban hành (số, ngày)").FillAsync("Kế hoạch số 45/KH-UBND ngày 10/3/2026");
        await province.GetByRole(AriaRole.Button, new() { Name = "Lưu chỉ tiêu" }).ClickAsync();
        await Assertions.Expect(province.Locator("#target-share")).ToContainTextAsync("2/7 xã, phường đạt chuẩn");
        await Assertions.Expect(province.Locator("#target-badge")).ToContainTextAsync("Chưa đạt chỉ tiêu 60%");
        await Assertions.Expect(province.Locator("#passing tbody tr")).ToHaveCountAsync(2);
        await NoAxeViolationsAsync(province);
        await BrowserFixture.ShotAsync(province, "86-assessment-target");
    }
}
