using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 16's survey journey: Rô Men's officer opens a satisfaction survey at the one-stop counter and prints its QR code;
/// citizens answer through the QR link on a phone-sized browser (360 px); the officer closes it; the index with its 95 %
/// interval appears on the portal (SIPAS-INDEX in docs/legal.md: the share of answers 4–5, the overall the mean of the five elements).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SurveysBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_campaign_at_Ro_Men_takes_answers_through_its_QR_link_on_a_phone_closes_and_its_index_appears_on_the_portal()
    {
        var officer = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(officer, "cb.romen", DemoAccounts.DemoPassword);
        await officer.GotoAsync("/surveys");
        // The app runs on a fake clock: the period is read from the page (its "to" box defaults to today).
        var today = DateOnly.ParseExact(await officer.Locator("#to").InputValueAsync(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var first = new DateOnly(today.Year, today.Month, 1);
        await officer.Locator("#NewUnit").SelectOptionAsync("24971");
        await officer.Locator("#NewTitle").FillAsync("Khảo sát tại quầy Một cửa xã Rô Men");
        await officer.Locator("#NewFrom").FillAsync(first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await officer.Locator("#NewTo").FillAsync(first.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await officer.Locator("#NewTarget").FillAsync("3");
        await officer.Locator("#open-submit").ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Khảo sát tại quầy Một cửa xã Rô Men");
        var campaignUrl = officer.Url;

        await officer.Locator("#qr-link").ClickAsync();
        await Assertions.Expect(officer.Locator("#qr-image")).ToBeVisibleAsync();
        var link = await officer.Locator("#qr-link-text").InnerTextAsync();
        await BrowserFixture.ShotAsync(officer, "83-survey-qr-sheet");
        Assert.Contains("/p/s/", link);
        Assert.Contains("qr=1", link);

        // Three citizens, three phones: all satisfied (5), all neutral (3), satisfied (4). Each element: 4 of 6 answers satisfied.
        foreach (var (value, i) in new[] { 5, 3, 4 }.Select((v, i) => (v, i)))
        {
            var phone = await fixture.NewPageAsync(360, 740);
            await phone.GotoAsync(new Uri(link).PathAndQuery);
            await Assertions.Expect(phone.Locator("h1")).ToContainTextAsync("hài lòng");
            foreach (var q in new[] { 2, 3, 6, 7, 10, 11, 14, 15, 18, 19 })
            {
                await phone.Locator($"#q{q}-{value}").CheckAsync();
            }
            await phone.Locator("#q1-1").CheckAsync();
            if (i == 0)
            {
                var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                Assert.True(width <= 360, $"the survey page is {width} px wide on a 360 px phone");
                await BrowserFixture.ShotAsync(phone, "80-survey-phone");
            }
            await phone.Locator("#survey-submit").ClickAsync();
            await Assertions.Expect(phone.Locator("#survey-thanks")).ToBeVisibleAsync();
            if (i == 0)
            {
                // The same phone again: one response per device.
                await phone.GotoAsync(new Uri(link).PathAndQuery);
                foreach (var q in new[] { 2, 3, 6, 7, 10, 11, 14, 15, 18, 19 })
                {
                    await phone.Locator($"#q{q}-5").CheckAsync();
                }
                await phone.Locator("#survey-submit").ClickAsync();
                await Assertions.Expect(phone.Locator(".alert-danger, .validation-summary-errors").First).ToContainTextAsync("mỗi thiết bị chỉ gửi một phiếu");
            }
            await phone.Context.CloseAsync();
        }

        await officer.GotoAsync(campaignUrl);
        await Assertions.Expect(officer.Locator("#campaign-responses")).ToContainTextAsync("3 / 3");
        await officer.Locator("#close-campaign").ClickAsync();
        await Assertions.Expect(officer.Locator("#campaign-status")).ToContainTextAsync("Đã khóa");
        await BrowserFixture.ShotAsync(officer, "84-survey-campaign");

        var citizen = await fixture.NewPageAsync(360, 740);
        await citizen.GotoAsync("/p/24971");
        var result = citizen.Locator("#portal-surveys a", new() { HasText = "Khảo sát tại quầy Một cửa xã Rô Men" });
        await Assertions.Expect(result).ToBeVisibleAsync();
        await result.ClickAsync();
        // Access: 4 satisfied of 6 answers = 66,67 %, Wilson interval 30,0 – 90,32 %.
        await Assertions.Expect(citizen.Locator("#factor-1")).ToContainTextAsync("66,67 %");
        await Assertions.Expect(citizen.Locator("#factor-1")).ToContainTextAsync("30 – 90,32 %");
        await Assertions.Expect(citizen.Locator("#results-headline")).ToContainTextAsync("trên 3 phiếu");
        await Assertions.Expect(citizen.Locator("#overall-interval")).ToContainTextAsync("%");
        await BrowserFixture.ShotAsync(citizen, "81-survey-results-phone");
        var desk = await fixture.NewPageAsync(1280, 900);
        await desk.GotoAsync(citizen.Url);
        await BrowserFixture.ShotAsync(desk, "82-survey-results");

        // A phone that reaches the form now: closed, and where the results are.
        await citizen.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(citizen.Locator("#survey-closed")).ToBeVisibleAsync();
    }
}
