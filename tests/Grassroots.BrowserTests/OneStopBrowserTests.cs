using System.Text;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 16's journey through the pages: the province imports a quarter of one-stop statistics, a commune its dossier
/// list of the same dossiers, and both give the same rates; the district's dashboard ranks the overdue dossiers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OneStopBrowserTests(BrowserFixture fixture)
{
    private const string Header = "Mã đơn vị;Tên đơn vị;Tháng;Kỳ trước chuyển qua;Tiếp nhận trực tuyến;Tiếp nhận qua bưu chính;Tiếp nhận trực tiếp;"
        + "Đã giải quyết trước hạn;Đã giải quyết đúng hạn;Đã giải quyết quá hạn;Đang giải quyết trong hạn;Đang giải quyết quá hạn;Trả lại, bổ sung, từ chối;"
        + "Số hóa hồ sơ;Số hóa kết quả;Phát sinh phí, lệ phí;Thanh toán trực tuyến";

    /// <summary>Seven dossiers of the first quarter of 2019, month by month (worked by hand in OneStopImportTests), for Liêng S'rônh.</summary>
    private static byte[] Statistics() => Encoding.UTF8.GetBytes(string.Join('\n',
        "THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT TTHC QUÝ I/2019",
        Header,
        "24904;Xã Liêng S'rônh;01/2019;0;2;1;2;1;1;1;1;1;0;0;1;1;1",
        "24904;Xã Liêng S'rônh;02/2019;2;1;0;0;1;0;0;0;1;1;0;0;0;0",
        "24904;Xã Liêng S'rônh;03/2019;1;0;0;1;0;1;0;0;1;0;1;0;0;0",
        ";Tổng cộng;;;;;;;;;;;;;;;") + "\n");

    private static byte[] Dossiers() => new Web.Platform.Documents.Spreadsheet().Sheet("Hồ sơ", ["DANH SÁCH HỒ SƠ QUÝ I/2019"],
        [new("Mã hồ sơ"), new("Tên thủ tục"), new("Ngày tiếp nhận"), new("Ngày hẹn trả"), new("Ngày có kết quả"), new("Kênh"), new("Trạng thái"),
            new("Đã số hóa"), new("Kết quả đã số hóa"), new("Có phí"), new("Thanh toán trực tuyến (có/không)")],
        [
            ["H1", "Đăng ký khai sinh", new DateOnly(2019, 1, 2), new DateOnly(2019, 1, 10), new DateOnly(2019, 1, 8), "Trực tiếp", "Đã giải quyết", "Không", "Không", "Không", "Không"],
            ["H2", "Chứng thực bản sao", new DateOnly(2019, 1, 3), new DateOnly(2019, 1, 5), new DateOnly(2019, 1, 7), "Trực tuyến", "Đã giải quyết", null, null, null, null],
            ["H3", "Đăng ký kết hôn", new DateOnly(2019, 1, 10), new DateOnly(2019, 1, 15), new DateOnly(2019, 1, 16), "Trực tuyến", "Đã giải quyết", null, "Có", "Có", "Có"],
            ["H4", "Cấp giấy phép", new DateOnly(2019, 1, 20), new DateOnly(2019, 2, 20), new DateOnly(2019, 2, 18), "Bưu chính", "Đã giải quyết", null, null, null, null],
            ["H5", "Đăng ký thường trú", new DateOnly(2019, 1, 25), new DateOnly(2019, 1, 28), null, "Trực tiếp", "Đang giải quyết", null, null, null, null],
            ["H6", "Đăng ký khai tử", new DateOnly(2019, 2, 11), new DateOnly(2019, 2, 20), new DateOnly(2019, 2, 12), "Trực tuyến", "Trả lại", null, null, null, null],
            ["H7", "Đăng ký giám hộ", new DateOnly(2019, 3, 1), new DateOnly(2019, 3, 10), new DateOnly(2019, 3, 11), "Trực tiếp", "Đã giải quyết", "Có", null, null, null],
        ]).ToBytes();

    private static async Task UploadAsync(IPage page, string unit, string name, byte[] file, string button)
    {
        await page.Locator("#import-unit").SelectOptionAsync(unit);
        await page.GetByLabel("Tệp số liệu").SetInputFilesAsync(new FilePayload
        {
            Name = name, MimeType = name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = file,
        });
        await page.Locator(button).ClickAsync();
    }

    [Fact]
    public async Task Statistics_and_a_dossier_list_of_the_same_dossiers_give_the_same_rates_and_the_dashboard_ranks_overdue_dossiers()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.AdminUserName, DemoAccounts.AdminPassword);
        await page.GotoAsync("/onestop?unit=675&from=2019-01-01&to=2019-03-31");
        // A file that is not the layout: refused, the wrong cell named, nothing stored.
        await UploadAsync(page, "675", "sai.csv", Encoding.UTF8.GetBytes("Mã đơn vị;Tháng;Số lượng\n24901;01/2019;5\n"), "#import-statistics");
        await Assertions.Expect(page.Locator("#import-errors")).ToContainTextAsync("thiếu cột");
        await BrowserFixture.ShotAsync(page, "70-onestop-refused");

        await UploadAsync(page, "675", "thong-ke-quy-1-2019.csv", Statistics(), "#import-statistics");
        await Assertions.Expect(page.Locator(".alert-success, [role=status]").First).ToContainTextAsync("Đã nhập 3 kỳ số liệu");
        await page.GotoAsync("/onestop?unit=675&from=2019-01-01&to=2019-03-31");
        await UploadAsync(page, "24901", "ho-so-quy-1-2019.xlsx", Dossiers(), "#import-dossiers");
        await Assertions.Expect(page.Locator(".alert-success, [role=status]").First).ToContainTextAsync("Đã nhập 3 kỳ số liệu");

        async Task<string[]> FiguresAsync(string unit)
        {
            await page.GotoAsync($"/onestop?unit={unit}&from=2019-01-01&to=2019-03-31");
            return [.. await Task.WhenAll(new[] { "#total-received", "#total-online", "#total-settled", "#total-pending", "#total-returned", "#total-digitised" }
                .Select(id => page.Locator(id).InnerTextAsync()))];
        }
        var byDossiers = await FiguresAsync("24901");
        var byStatistics = await FiguresAsync("24904");
        Assert.Equal(byStatistics, byDossiers);
        Assert.Contains("trước và đúng hạn đạt 80%", byDossiers[2]);

        await page.GotoAsync("/onestop?unit=675&from=2019-01-01&to=2019-03-31");
        await Assertions.Expect(page.Locator("#overdue-ranking li").First).ToContainTextAsync("1 hồ sơ quá hạn");
        await Assertions.Expect(page.Locator("#online-trend tbody tr")).ToHaveCountAsync(3);
        await BrowserFixture.ShotAsync(page, "71-onestop-dashboard");
    }
}
