using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Grassroots.Import.Diacritics;
using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 18's journey through the pages: a district uploads its 2022 report, the Bình Sơn report and a copy of its own
/// that lost its marks and gained OCR errors, each file with its progress; reviews the text beside the restored text,
/// accepts the figures, and the dashboard's first half of 2022 shows what it accepted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LegacyReportsBrowserTests(BrowserFixture fixture)
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

    private static string Seed(string name) => Path.Combine(BrowserFixture.FindRepoRoot(), "docs", "samples", "reports", name);

    [Fact]
    public async Task A_district_uploads_three_reports_reviews_and_accepts_and_the_dashboard_shows_2022()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, DemoAccounts.AdminUserName, DemoAccounts.AdminPassword);
        await page.GotoAsync("/legacy-reports");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nhập báo cáo cũ");

        var damRong = await File.ReadAllTextAsync(Seed("bao-cao-qcdc-dam-rong-6-thang-2022.txt"));
        var damaged = RestorationScore.Damage(damRong, 0.05, seed: 5);
        await page.Locator("#import-unit").SelectOptionAsync("675");
        await page.GetByLabel("Tệp báo cáo (chọn được nhiều tệp)").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "bao-cao-qcdc-dam-rong-6-thang-2022.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(damRong) },
            new FilePayload { Name = "ban-chup-mat-dau.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(damaged) },
            new FilePayload { Name = "khong-phai-bao-cao.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Meeting notes of the week. ", 60))) },
        });
        await page.Locator("#upload-button").ClickAsync();
        // A row of progress per file, then each file's answer: two read, one refused with its reason.
        var rows = page.Locator("#upload-progress li");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Đã đọc xong", new() { Timeout = 60_000 });
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Đã đọc xong", new() { Timeout = 60_000 });
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("không giống một báo cáo tiếng Việt", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#legacy-list tbody tr")).ToHaveCountAsync(2);
        await NoAxeViolationsAsync(page);
        await BrowserFixture.ShotAsync(page, "80-legacy-uploads");

        // The Bình Sơn report belongs to its own district.
        await page.Locator("#import-unit").SelectOptionAsync("522");
        await page.GetByLabel("Tệp báo cáo (chọn được nhiều tệp)").SetInputFilesAsync(Seed("bao-cao-so-ket-chi-thi-08-binh-son-2024.txt"));
        await page.Locator("#upload-button").ClickAsync();
        await Assertions.Expect(page.Locator("#upload-progress li").First).ToContainTextAsync("Đã đọc xong", new() { Timeout = 60_000 });
        // Searched without marks.
        await page.GotoAsync("/legacy-reports?q=quang%20ngai");
        await Assertions.Expect(page.Locator("#legacy-list tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#legacy-list")).ToContainTextAsync("Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU");

        // The damaged copy: the restored text beside the text as read, the least sure words listed first.
        await page.GotoAsync("/legacy-reports");
        await page.Locator("#legacy-list a", new() { HasText = "Ket qua" }).Or(page.Locator("#legacy-list tr", new() { HasText = "ban-chup-mat-dau.txt" }).Locator("a")).First.ClickAsync();
        await Assertions.Expect(page.Locator("#restored-text")).ToContainTextAsync("Kết quả xây dựng và thực hiện quy chế dân chủ");
        await Assertions.Expect(page.Locator("#original-text")).ToContainTextAsync("HUYEN UY DAM RONG");
        await Assertions.Expect(page.Locator("#uncertain-list li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#original-text mark.legacy-figure", new() { HasText = "7.554 ho so" })).ToHaveCountAsync(1);
        await NoAxeViolationsAsync(page);
        await BrowserFixture.ShotAsync(page, "81-legacy-review-restored");

        // Its own report: the officer corrects a figure and accepts.
        await page.GotoAsync("/legacy-reports");
        await page.Locator("#legacy-list tr", new() { HasText = "bao-cao-qcdc-dam-rong-6-thang-2022.txt" }).Locator("a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#DocumentNumber")).ToHaveValueAsync("05-BC/BCD");
        await Assertions.Expect(page.Locator("#PeriodFrom")).ToHaveValueAsync("2022-01-01");
        var reception = page.Locator("#figures tbody tr", new() { HasText = "“65 lượt”" });
        await Assertions.Expect(reception.Locator("select[name$='.Key']")).ToHaveValueAsync("reception.visits");
        await reception.Locator("input[name$='.Value']").FillAsync("66");
        await page.Locator("#save-review").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success, [role=status]").First).ToContainTextAsync("Đã lưu phần rà soát");
        await Assertions.Expect(page.Locator("#figures tbody tr", new() { HasText = "“65 lượt”" }).Locator("input[name$='.Value']")).ToHaveValueAsync("66");
        await page.Locator("#accept").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success, [role=status]").First).ToContainTextAsync("Đã chấp nhận");
        await Assertions.Expect(page.Locator("#accepted-line")).ToBeVisibleAsync();
        await NoAxeViolationsAsync(page);
        await BrowserFixture.ShotAsync(page, "82-legacy-accepted");

        // A figure stored in the indicators appears in the dashboard's first half of 2022.
        var storedRow = page.Locator("#figures tbody tr", new() { HasText = "Đã lưu vào chỉ tiêu" }).First;
        var key = await storedRow.Locator("select[name$='.Key']").InputValueAsync();
        var value = decimal.Parse((await storedRow.Locator("input[name$='.Value']").InputValueAsync()).Replace(".", "").Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        await page.GotoAsync($"/dashboard?unit=675&key={key}&half=1/2022");
        var series = await page.Locator("#chart-time").EvaluateAsync<double?[]>("c => Chart.getChart(c).data.datasets[0].data");
        var labels = await page.Locator("#chart-time").EvaluateAsync<string[]>("c => Chart.getChart(c).data.labels");
        Assert.Equal((double)value, series[Array.IndexOf(labels, "6 tháng đầu năm 2022")]);
        await BrowserFixture.ShotAsync(page, "83-legacy-dashboard-2022");
    }
}
