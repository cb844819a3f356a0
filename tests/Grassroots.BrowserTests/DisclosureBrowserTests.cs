using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>Issue 4's disclosures with their files, and the catalogues of agencies and enterprises.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DisclosureBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_attaches_a_file_to_a_disclosure_and_a_citizen_downloads_it_from_the_portal()
    {
        const string title = "Dự toán thu, chi ngân sách xã Đạ Tông năm 2027";
        const string fileName = "Dự toán ngân sách xã Đạ Tông 2027.pdf";
        byte[] pdf = [.. "%PDF-1.4\n"u8.ToArray(), .. System.Text.Encoding.UTF8.GetBytes("Dự toán thu, chi ngân sách năm 2027"), .. "\n%%EOF"u8.ToArray()];

        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.datong", DemoAccounts.DemoPassword);
        await page.GotoAsync("/disclosures");
        await page.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync("24977");
        await page.GetByLabel("Nội dung phải công khai", new() { Exact = true }).SelectOptionAsync("2");
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("UBND xã công khai dự toán thu, chi ngân sách năm 2027; chi tiết trong tệp đính kèm.");
        await page.GetByLabel("Tệp đính kèm", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Công khai", Exact = true }).ClickAsync();
        var row = page.Locator("#disclosures tr", new() { HasTextString = title });
        await Assertions.Expect(row).ToContainTextAsync("1 tệp đính kèm");

        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(page.Locator("#disclosure-title")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("#disclosure-files")).ToContainTextAsync(fileName);
        await BrowserFixture.ShotAsync(page, "25-disclosure-with-file");

        // A citizen on a phone, without signing in.
        var phone = await fixture.NewPageAsync(390, 844);
        await phone.GotoAsync("/p/24977");
        await phone.Locator("#portal-disclosures a", new() { HasTextString = title }).ClickAsync();
        await Assertions.Expect(phone.Locator("#disclosure-title")).ToHaveTextAsync(title);
        var link = phone.Locator("#disclosure-files a", new() { HasTextString = fileName });
        await Assertions.Expect(link).ToHaveTextAsync(fileName);
        await BrowserFixture.ShotAsync(phone, "26-portal-disclosure-file");
        var download = await phone.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal(fileName, download.SuggestedFilename);
        Assert.Equal(pdf, await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    [Fact]
    public async Task The_form_offers_an_enterprise_its_own_catalogue_and_the_compliance_view_judges_it_against_it()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "qt.lamdong", DemoAccounts.DemoPassword);
        await page.GotoAsync("/disclosures");
        var unit = page.GetByLabel("Đơn vị", new() { Exact = true });
        var category = page.GetByLabel("Nội dung phải công khai", new() { Exact = true });

        await unit.SelectOptionAsync("675.CFPL");
        await Assertions.Expect(category.Locator("optgroup[data-audience='Enterprise']")).ToHaveJSPropertyAsync("hidden", false);
        await Assertions.Expect(category.Locator("optgroup[data-audience='Commune']")).ToHaveJSPropertyAsync("hidden", true);
        await Assertions.Expect(category.Locator("optgroup[data-audience='Agency']")).ToHaveJSPropertyAsync("hidden", true);
        await unit.SelectOptionAsync("24977");
        await Assertions.Expect(category.Locator("optgroup[data-audience='Commune']")).ToHaveJSPropertyAsync("hidden", false);
        await Assertions.Expect(category.Locator("optgroup[data-audience='Enterprise']")).ToHaveJSPropertyAsync("hidden", true);

        // The coffee company announces its workplace democracy rules at the workers' conference.
        await unit.SelectOptionAsync("675.CFPL");
        await category.SelectOptionAsync("209");
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Quy chế dân chủ ở cơ sở tại nơi làm việc năm 2027");
        await page.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Quy chế đã được thông qua tại hội nghị người lao động ngày 23/11/2026.");
        await page.GetByLabel("Hội nghị, cuộc họp", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Đến ngày", new() { Exact = true }).FillAsync("2026-11-23");
        await page.GetByRole(AriaRole.Button, new() { Name = "Công khai", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#disclosures")).ToContainTextAsync("Quy chế dân chủ ở cơ sở tại nơi làm việc năm 2027");

        await page.GotoAsync("/disclosures/compliance?unit=675.CFPL&from=2026-11-23&to=2026-11-23");
        await Assertions.Expect(page.Locator("#compliance-catalogue")).ToContainTextAsync("được đánh giá theo danh mục “Doanh nghiệp”");
        await Assertions.Expect(page.Locator("#compliance-categories tr[data-category='209']")).ToContainTextAsync("Đạt");
        await Assertions.Expect(page.Locator("#compliance-categories")).ToContainTextAsync("Thỏa ước lao động tập thể");
        await Assertions.Expect(page.Locator("#compliance-categories")).Not.ToContainTextAsync("Dự toán ngân sách");
        await BrowserFixture.ShotAsync(page, "27-enterprise-compliance");

        // The province's view: communes, agencies and enterprises, each summed under its own catalogue.
        await page.GotoAsync("/disclosures/compliance?unit=68&from=2026-01-01&to=2026-11-23");
        await Assertions.Expect(page.Locator("#compliance-audiences tr[data-audience='Enterprise']")).ToContainTextAsync("Doanh nghiệp");
        await Assertions.Expect(page.Locator("#compliance-communes tr[data-unit='675.CFPL']")).ToContainTextAsync("Doanh nghiệp");
        await BrowserFixture.ShotAsync(page, "28-province-compliance-by-catalogue");
    }
}
