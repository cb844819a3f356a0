using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Grassroots.BrowserTests;

/// <summary>Issue 21, defect 5: the pages that once needed inline code work under the strict Content-Security-Policy.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_browser_enforces_the_policy_and_the_journeys_hear_of_every_violation()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");
        // Code planted in the page, as an injected fragment would be: neither runs, and both are reported (the
        // promise ends once the page has raised both violation events, after the watcher's listener heard them).
        await page.EvaluateAsync("""
            () => new Promise(resolve => {
                let seen = 0;
                document.addEventListener('securitypolicyviolation', () => { if (++seen === 2) resolve(); });
                const script = document.createElement('script');
                script.textContent = 'window.planted = true';
                document.body.append(script);
                document.querySelector('h1').setAttribute('style', 'color: red');
            })
            """);
        Assert.False(await page.EvaluateAsync<bool>("() => window.planted === true"));
        await Assertions.Expect(page.Locator("h1")).Not.ToHaveCSSAsync("color", "rgb(255, 0, 0)");
        var violations = await BrowserFixture.TakeViolationsAsync();
        Assert.Contains(violations, v => v.Contains("script-src", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("style-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dashboard_draws_its_charts_and_the_disclosure_form_offers_the_units_catalogue()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.binhson", DemoAccounts.DemoPassword);
        await page.GotoAsync("/dashboard");
        // Chart.js drew both charts from the page's JSON block (dashboard.js): each canvas holds a chart and painted pixels.
        foreach (var id in new[] { "chart-time", "chart-units" })
        {
            var canvas = page.Locator($"#{id}");
            if (await canvas.CountAsync() == 0)
            {
                continue;
            }
            Assert.True(await canvas.EvaluateAsync<bool>("c => Chart.getChart(c) !== undefined"), id);
            Assert.True(await canvas.EvaluateAsync<bool>(
                "c => c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0)"), id);
        }
        Assert.Equal(1, await page.Locator("#chart-time").CountAsync());
        await BrowserFixture.ShotAsync(page, "40-dashboard-under-csp");

        // The disclosure form's script (disclosure-categories.js) hides the catalogues of other kinds of unit.
        await page.GotoAsync("/disclosures");
        var category = page.GetByLabel("Nội dung phải công khai", new() { Exact = true });
        await Assertions.Expect(category.Locator("optgroup[data-audience='Commune']")).ToHaveJSPropertyAsync("hidden", false);
        await Assertions.Expect(category.Locator("optgroup[data-audience='Enterprise']")).ToHaveJSPropertyAsync("hidden", true);
        await BrowserFixture.ShotAsync(page, "41-disclosures-under-csp");
    }

    [Fact]
    public async Task The_authenticator_QR_code_and_the_API_documentation_show()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "cb.binhson", DemoAccounts.DemoPassword);
        await page.GotoAsync("/account/two-factor");
        var qr = page.Locator(".two-factor-qr img");
        await Assertions.Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"));
        await BrowserFixture.ShotAsync(page, "42-two-factor-qr-under-csp");

        await page.GotoAsync("/api/docs");
        await Assertions.Expect(page.Locator(".swagger-ui .info .title")).ToContainTextAsync("Grassroots");
        await Assertions.Expect(page.Locator(".swagger-ui .opblock").First).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "43-api-docs-under-csp");
    }

    /// <summary>
    /// Every page of the shared tour (<see cref="PageTour"/>), for a commune officer and for the administrator who
    /// also sees accounts, the audit log and the calendar, for a household representative and signed out. Each page is
    /// judged on its own, so that a failure names it.
    /// </summary>
    [Fact]
    public async Task The_main_pages_run_under_the_policy_for_officers_and_citizens()
    {
        var tour = new PageTour(async (_, path) =>
        {
            var violations = await BrowserFixture.TakeViolationsAsync();
            Assert.True(violations.Count == 0, $"{path}: the Content-Security-Policy blocked:\n" + string.Join("\n", violations));
        });
        foreach (var (user, password) in new[] { ("cb.binhson", DemoAccounts.DemoPassword), (DemoAccounts.AdminUserName, DemoAccounts.AdminPassword) })
        {
            var officer = await fixture.NewPageAsync();
            await BrowserFixture.SignInAsync(officer, user, password);
            await tour.OfficerAsync(officer, user);
        }

        var citizen = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(citizen, DemoAccounts.RepresentativeUserName, DemoAccounts.DemoPassword);
        await tour.RepresentativeAsync(citizen);

        await tour.AnonymousAsync(await fixture.NewPageAsync());
        var visited = tour.Visited;
        output.WriteLine($"{visited.Count} pages: {string.Join(" ", visited)}");
        Assert.True(visited.Count >= 50, $"{visited.Count} pages: {string.Join(", ", visited)}");
    }
}
