using System.Diagnostics;
using System.IO.Compression;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Grassroots.Web.Modules.Reports;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ReportsBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_province_opens_a_period_a_commune_submits_and_the_province_accepts_and_exports_its_consolidated_report()
    {
        // The province opens the period.
        var province = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(province, "qt.lamdong", DemoAccounts.DemoPassword);
        await province.GotoAsync("/reports");
        await province.GetByLabel("Mẫu báo cáo").SelectOptionAsync("dan-van-chinh-quyen");
        await province.GetByLabel("Đơn vị tổng hợp").SelectOptionAsync("68");
        await province.GetByLabel("Tên kỳ báo cáo").FillAsync("Báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2026 (kiểm thử)");
        await province.GetByLabel("Nơi nhận báo cáo").FillAsync("Sở Nội vụ");
        await province.GetByRole(AriaRole.Button, new() { Name = "Mở kỳ báo cáo" }).ClickAsync();
        await Assertions.Expect(province.Locator("#period-units")).ToContainTextAsync("Xã Rô Men");
        await Assertions.Expect(province.Locator("#not-reported")).ToContainTextAsync("Chưa báo cáo: 3 đơn vị");
        var periodUrl = new Uri(province.Url).AbsolutePath;
        await BrowserFixture.ShotAsync(province, "20-report-period");

        // A commune writes its prose on its pre-filled report and submits it.
        var commune = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(commune, "cb.romen", DemoAccounts.DemoPassword);
        await commune.GotoAsync($"{periodUrl}/units/24971");
        await Assertions.Expect(commune.Locator("article")).ToContainTextAsync("ỦY BAN NHÂN DÂN XÃ RÔ MEN");
        await Assertions.Expect(commune.Locator("article")).ToContainTextAsync("so với cùng kỳ");
        await commune.Locator("#prose-situation").FillAsync("Sau sắp xếp, xã Rô Men vận hành ổn định; Nhân dân đồng thuận.");
        await commune.GetByLabel("Người ký", new() { Exact = true }).FillAsync("K' Điểu");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(commune.Locator("#report-status")).ToHaveTextAsync("Đã gửi");
        await BrowserFixture.ShotAsync(commune, "21-commune-report-submitted");

        // The province sees it, accepts it, and exports its consolidated report with the commune's prose gathered.
        await province.GotoAsync(periodUrl);
        await Assertions.Expect(province.Locator("#period-units tr[data-unit='24971']")).ToContainTextAsync("Đã gửi");
        await province.Locator("#period-units").GetByRole(AriaRole.Link, new() { Name = "Xã Rô Men" }).ClickAsync();
        await province.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận" }).ClickAsync();
        await Assertions.Expect(province.Locator("#report-status")).ToHaveTextAsync("Đã chấp nhận");
        await province.GotoAsync(periodUrl);
        await Assertions.Expect(province.Locator("#not-reported")).ToContainTextAsync("Chưa báo cáo: 2 đơn vị");
        await province.Locator("#own-report").ClickAsync();
        await Assertions.Expect(province.Locator("[data-gathered='situation']")).ToContainTextAsync("Sau sắp xếp, Xã Rô Men vận hành ổn định");
        await Assertions.Expect(province.Locator("article table")).ToContainTextAsync("Tổng cộng");
        await BrowserFixture.ShotAsync(province, "22-consolidated-report");
        var download = await province.RunAndWaitForDownloadAsync(() => province.Locator("#download-docx").ClickAsync());
        Assert.Equal("bao-cao-ket-qua-thuc-hien-cong-tac-dan-van-chinh-quyen-va-DCCS-6-thang-dau-nam-2026.docx", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var zip = ZipFile.OpenRead(path!);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", xml);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", xml);
        Assert.Contains("Sau sắp xếp, Xã Rô Men vận hành ổn định", xml);
    }

    private static async Task<string> RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} failed");
        return output;
    }

    private static async Task NoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(result.Violations.Length == 0, $"{page.Url}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id} {v.Nodes.FirstOrDefault()?.Target}")));
    }

    /// <summary>
    /// Issue 12, done means: the province's steering committee opens a period, accepts a commune's report, signs and exports
    /// the consolidated Word file, whose first page (LibreOffice → PDF → PNG) reads as a report a secretary would sign.
    /// </summary>
    [Fact]
    public async Task The_steering_committee_opens_a_period_accepts_a_communes_report_and_exports_the_signed_consolidated_report()
    {
        const string title = "Báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm 2026";
        var bcd = await fixture.NewPageAsync(1366, 900);
        await BrowserFixture.SignInAsync(bcd, "bcd.lamdong", DemoAccounts.DemoPassword);
        await bcd.GotoAsync("/reports");
        await bcd.GetByLabel("Mẫu báo cáo").SelectOptionAsync(BuiltInTemplates.SteeringSixMonths);
        await bcd.GetByLabel("Đơn vị tổng hợp").SelectOptionAsync("68");
        await bcd.GetByLabel("Tên kỳ báo cáo").FillAsync(title);
        await bcd.GetByLabel("Nơi nhận báo cáo").FillAsync("Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở Trung ương");
        await BrowserFixture.ShotAsync(bcd, "30-steering-open-period-1366");
        await bcd.GetByRole(AriaRole.Button, new() { Name = "Mở kỳ báo cáo" }).ClickAsync();
        await Assertions.Expect(bcd.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(bcd.Locator("#period-units")).ToContainTextAsync("Xã Rô Men");
        var periodUrl = new Uri(bcd.Url).AbsolutePath;

        // Xã Rô Men writes its report and sends it.
        var commune = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(commune, "cb.romen", DemoAccounts.DemoPassword);
        await commune.GotoAsync($"{periodUrl}/units/24971");
        await commune.Locator("#prose-situation").FillAsync("Tình hình kinh tế - xã hội của xã Rô Men ổn định; Nhân dân đồng thuận với việc sắp xếp đơn vị hành chính.");
        await commune.Locator("#prose-commune").FillAsync("Các nội dung công khai được niêm yết tại trụ sở UBND xã và nhà sinh hoạt cộng đồng các thôn, bon.");
        await commune.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(commune.Locator("#report-status")).ToHaveTextAsync("Đã gửi");

        // The steering committee accepts it.
        await bcd.GotoAsync(periodUrl);
        await bcd.Locator("#period-units").GetByRole(AriaRole.Link, new() { Name = "Xã Rô Men" }).ClickAsync();
        await bcd.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận" }).ClickAsync();
        await Assertions.Expect(bcd.Locator("#report-status")).ToHaveTextAsync("Đã chấp nhận");

        // The period page lists what the consolidated report still lacks; the steering committee writes and signs it.
        await bcd.GotoAsync(periodUrl);
        await Assertions.Expect(bcd.Locator("#report-gaps")).ToContainTextAsync("Số văn bản");
        await Assertions.Expect(bcd.Locator("#report-gaps")).ToContainTextAsync("chưa có nội dung");
        await bcd.Locator("#own-report").ClickAsync();
        await Assertions.Expect(bcd.Locator("[data-gathered='situation']")).ToContainTextAsync("Tình hình kinh tế - xã hội của Xã Rô Men ổn định");
        await bcd.Locator("#prose-situation").FillAsync("Trong 6 tháng đầu năm 2026, tình hình kinh tế - xã hội của tỉnh ổn định; bộ máy chính quyền địa phương hai cấp sau sắp xếp vận hành thông suốt. Các xã triển khai thực hiện quy chế dân chủ ở cơ sở gắn với cải cách hành chính, tiếp công dân và giải quyết đơn thư.");
        await bcd.Locator("#prose-direction").FillAsync("Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện quy chế dân chủ ở cơ sở năm 2026; cấp ủy, chính quyền các xã tổ chức tiếp công dân, đối thoại định kỳ với Nhân dân.");
        await bcd.Locator("#prose-steering").FillAsync("Ban Chỉ đạo kiện toàn thành viên sau sắp xếp, phân công thành viên theo dõi từng xã.");
        await bcd.Locator("#prose-next_tasks").FillAsync("1. Tiếp tục chỉ đạo thực hiện quy chế dân chủ ở cơ sở tại các xã sau sắp xếp.\n2. Tổ chức sơ kết 6 tháng cuối năm 2026.");
        await bcd.GetByLabel("Số văn bản").FillAsync("05");
        await bcd.GetByLabel("Ngày ban hành").FillAsync("2026-07-10");
        await bcd.GetByLabel("Chức vụ người ký").FillAsync("PHÓ TRƯỞNG BAN THƯỜNG TRỰC");
        await bcd.GetByLabel("Người ký", new() { Exact = true }).FillAsync("Nguyễn Thị Hòa");
        await bcd.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).ClickAsync();
        await Assertions.Expect(bcd.Locator("article")).ToContainTextAsync("Lâm Đồng, ngày 10 tháng 7 năm 2026");
        await Assertions.Expect(bcd.Locator("article")).ToContainTextAsync("TỈNH ỦY LÂM ĐỒNG");
        await NoAxeViolationsAsync(bcd);
        await BrowserFixture.ShotAsync(bcd, "31-steering-consolidated-report-1366");

        await bcd.GotoAsync(periodUrl);
        await Assertions.Expect(bcd.Locator("#report-gaps")).Not.ToContainTextAsync("Số văn bản");
        await NoAxeViolationsAsync(bcd);
        await BrowserFixture.ShotAsync(bcd, "32-steering-period-1366");
        var download = await bcd.RunAndWaitForDownloadAsync(() => bcd.Locator("#own-report-docx").ClickAsync());
        Assert.Equal("05-BC-BCD-ket-qua-xay-dung-va-thuc-hien-QCDC-6-thang-dau-nam-2026.docx", download.SuggestedFilename);

        // The first page, as LibreOffice prints it.
        var pdf = await ReportPdf.ConvertAsync(await File.ReadAllBytesAsync((await download.PathAsync())!), CancellationToken.None);
        Assert.NotNull(pdf);
        var pdfPath = Path.Combine(BrowserFixture.ScreenshotFolder, "33-steering-report.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf);
        var text = string.Concat((await RunAsync("pdftotext", "-l", "1", pdfPath, "-")).Where(c => !char.IsWhiteSpace(c)));
        foreach (var expected in new[] { "TỈNHỦYLÂMĐỒNG", "ĐẢNGCỘNGSẢNVIỆTNAM", "Số05-BC/BCĐ", "LâmĐồng,ngày10tháng7năm2026", "BÁOCÁO" })
        {
            Assert.Contains(expected, text);
        }
        await RunAsync("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdfPath, Path.Combine(BrowserFixture.ScreenshotFolder, "33-steering-report-page-1"));
        Assert.True(File.Exists(Path.Combine(BrowserFixture.ScreenshotFolder, "33-steering-report-page-1.png")));

        // The same pages on a phone.
        var phone = await fixture.NewPageAsync(390, 844);
        await BrowserFixture.SignInAsync(phone, "bcd.lamdong", DemoAccounts.DemoPassword);
        await phone.GotoAsync(periodUrl);
        await Assertions.Expect(phone.Locator("#own-report")).ToBeVisibleAsync();
        await NoAxeViolationsAsync(phone);
        await BrowserFixture.ShotAsync(phone, "34-steering-period-390");
        await phone.GotoAsync($"{periodUrl}/units/68");
        await Assertions.Expect(phone.Locator("#signer-name")).ToHaveValueAsync("Nguyễn Thị Hòa");
        await BrowserFixture.ShotAsync(phone, "35-steering-consolidated-report-390");
        await phone.GotoAsync("/reports");
        await BrowserFixture.ShotAsync(phone, "36-steering-reports-390");
    }

    /// <summary>Issue 12: a template is edited in a form (sections, the indicators each shows, the prose prompts) with a preview, not as JSON.</summary>
    [Fact]
    public async Task An_administrator_edits_a_template_in_a_form_previews_it_and_saves_a_new_version()
    {
        var admin = await fixture.NewPageAsync(1366, 900);
        await BrowserFixture.SignInAsync(admin, DemoAccounts.AdminUserName, DemoAccounts.AdminPassword);
        await admin.GotoAsync("/reports/templates?key=dan-van-chinh-quyen");
        await Assertions.Expect(admin.Locator("#templates")).ToContainTextAsync("phiên bản 1, ngày");
        await Assertions.Expect(admin.Locator("textarea#body")).ToHaveCountAsync(0); // no JSON to type
        // The preview names each indicator where its figure will print, and the prompt of each part the unit writes.
        await Assertions.Expect(admin.Locator("#template-preview")).ToContainTextAsync("II. KẾT QUẢ THỰC HIỆN");
        await Assertions.Expect(admin.Locator("#template-preview")).ToContainTextAsync("[Tiếp công dân: số lượt]");
        await Assertions.Expect(admin.Locator("#template-preview")).ToContainTextAsync("Đơn vị viết: Kiến nghị với cấp trên.");

        // A new section at the end, with the text the unit writes and its prompt; then a table of two indicators in it.
        await admin.Locator("#add-section").ClickAsync();
        var last = admin.Locator("fieldset[data-section]").Last;
        await last.GetByLabel("Tên mục").FillAsync("CÔNG TÁC HÒA GIẢI Ở CƠ SỞ");
        await last.GetByLabel("Mã phần viết (chữ thường, không dấu)").FillAsync("mediation");
        await last.GetByLabel("Lời gợi ý cho người viết").FillAsync("Kết quả hòa giải, những vụ việc phức tạp.");
        await last.GetByRole(AriaRole.Button, new() { Name = "Thêm khối vào mục" }).ClickAsync();
        last = admin.Locator("fieldset[data-section]").Last;
        await last.GetByLabel("Loại khối").Last.SelectOptionAsync("Table");
        await admin.Locator("#preview-template").ClickAsync();
        last = admin.Locator("fieldset[data-section]").Last;
        await last.GetByLabel("Các chỉ tiêu của bảng (giữ Ctrl để chọn nhiều)").SelectOptionAsync(["mediation.received", "mediation.success_rate"]);
        await admin.Locator("#preview-template").ClickAsync();
        await Assertions.Expect(admin.Locator("#template-preview")).ToContainTextAsync("VI. CÔNG TÁC HÒA GIẢI Ở CƠ SỞ");
        await Assertions.Expect(admin.Locator("#template-preview")).ToContainTextAsync("Đơn vị viết: Kết quả hòa giải, những vụ việc phức tạp.");
        await Assertions.Expect(admin.Locator("#template-preview table").Last).ToContainTextAsync("Tỷ lệ hòa giải thành");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "37-template-form-1366.png") });
        await admin.Locator("fieldset[data-section]").Last.ScrollIntoViewIfNeededAsync();
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "38-template-form-new-section-1366.png") });

        // A prose block without its key is refused with the reason; with it, the new version is saved.
        await admin.Locator("#save-template").ClickAsync();
        await Assertions.Expect(admin.Locator("#templates")).ToContainTextAsync("phiên bản 2, ngày");
        await Assertions.Expect(admin.Locator("#template-preview")).ToContainTextAsync("VI. CÔNG TÁC HÒA GIẢI Ở CƠ SỞ");
        await admin.Locator("fieldset[data-section]").Last.GetByLabel("Mã phần viết (chữ thường, không dấu)").FillAsync("Hòa giải");
        await admin.Locator("#save-template").ClickAsync();
        await Assertions.Expect(admin.Locator(".alert-danger, #form-errors, .validation-summary-errors").First).ToContainTextAsync("Phần đơn vị tự viết phải có mã");
        await Assertions.Expect(admin.Locator("#templates")).Not.ToContainTextAsync("phiên bản 3");
    }
}
