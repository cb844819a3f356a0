using System.IO.Compression;
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
        await Assertions.Expect(province.Locator("[data-gathered='situation']")).ToContainTextAsync("Xã Rô Men: Sau sắp xếp, xã Rô Men vận hành ổn định");
        await Assertions.Expect(province.Locator("article table")).ToContainTextAsync("Tổng cộng");
        await BrowserFixture.ShotAsync(province, "22-consolidated-report");
        var download = await province.RunAndWaitForDownloadAsync(() => province.Locator("#download-docx").ClickAsync());
        Assert.Equal("bao-cao-68.docx", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var zip = ZipFile.OpenRead(path!);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", xml);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", xml);
        Assert.Contains("Xã Rô Men: Sau sắp xếp", xml);
    }
}
