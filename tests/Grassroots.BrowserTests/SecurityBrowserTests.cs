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
    /// Every page of the menu and one page behind each (a record, a unit), for a commune officer and for the
    /// administrator who also sees accounts, the audit log and the calendar; then what citizens see: a representative's
    /// household page and the links on it, a commune's portal and each of its sections, the tracking page. Each page is
    /// judged on its own, so that a failure names it.
    /// </summary>
    [Fact]
    public async Task The_main_pages_run_under_the_policy_for_officers_and_citizens()
    {
        var visited = new List<string>();
        foreach (var (user, password) in new[] { ("cb.binhson", DemoAccounts.DemoPassword), (DemoAccounts.AdminUserName, DemoAccounts.AdminPassword) })
        {
            var officer = await fixture.NewPageAsync();
            await BrowserFixture.SignInAsync(officer, user, password);
            await VisitAsync(officer, "/", visited);
            var menu = await Links(officer, "header .dropdown-menu a.dropdown-item");
            Assert.True(menu.Count >= 8, $"{user}: {menu.Count} menu entries");
            foreach (var entry in menu)
            {
                await VisitAsync(officer, entry, visited);
                // Behind the list: one record, if it has any, and one other page (a form, a sub-list).
                var behind = (await Links(officer, "main a")).Where(l => l.StartsWith(entry + "/", StringComparison.Ordinal)).ToList();
                foreach (var next in new[] { behind.FirstOrDefault(IsRecord), behind.FirstOrDefault(l => !IsRecord(l)) }.OfType<string>())
                {
                    await VisitAsync(officer, next, visited);
                }
            }
        }

        var citizen = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(citizen, DemoAccounts.RepresentativeUserName, DemoAccounts.DemoPassword);
        await VisitAsync(citizen, "/my/household", visited);
        foreach (var link in (await Links(citizen, "main a")).Where(l => l.StartsWith("/p/", StringComparison.Ordinal) || l.StartsWith("/my/", StringComparison.Ordinal)).Take(6))
        {
            await VisitAsync(citizen, link, visited);
        }

        var anonymous = await fixture.NewPageAsync();
        // The front door: a search, a province's communes, and the page of a commune that ended.
        foreach (var door in new[] { "/", "/?q=ro+men", "/?province=68", "/p/24901" })
        {
            await VisitAsync(anonymous, door, visited);
        }
        foreach (var portal in new[] { "/p/24971", "/p/20611" })
        {
            await VisitAsync(anonymous, portal, visited);
            // One page of each section (a disclosure, a consultation, a convention, a decision, the letter form, the schedule).
            var sections = (await Links(anonymous, "main a")).Where(l => l.StartsWith(portal + "/", StringComparison.Ordinal))
                .GroupBy(l => l[(portal.Length + 1)..].Split('/', '?')[0]).Select(g => g.First()).ToList();
            Assert.True(sections.Count >= 3, $"{portal}: {string.Join(", ", sections)}");
            foreach (var link in sections)
            {
                await VisitAsync(anonymous, link, visited);
            }
        }
        await VisitAsync(anonymous, "/p/track", visited);
        await VisitAsync(anonymous, "/account/login", visited);
        await VisitAsync(anonymous, "/no-such-page", visited, expectFound: false);
        output.WriteLine($"{visited.Count} pages: {string.Join(" ", visited)}");
        Assert.True(visited.Count >= 50, $"{visited.Count} pages: {string.Join(", ", visited)}");
    }

    /// <summary>A link to one record: its last segment is the record's id.</summary>
    private static bool IsRecord(string link) => Guid.TryParse(link.Split('?')[0].Split('/')[^1], out _);

    /// <summary>The distinct same-site page addresses of the matching links (no downloads, no language switch).</summary>
    private static async Task<List<string>> Links(IPage page, string selector)
    {
        var hrefs = await page.Locator(selector).EvaluateAllAsync<string[]>(
            "links => links.filter(a => !a.hasAttribute('download')).map(a => a.getAttribute('href') || '')");
        return hrefs.Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal) && !h.StartsWith("/lang/", StringComparison.Ordinal)
                && !h.StartsWith("/api/", StringComparison.Ordinal) && !h.Contains("/attachments/", StringComparison.Ordinal)
                && !Path.HasExtension(h.Split('?', '#')[0]))
            .Select(h => h.Split('#')[0]).Distinct().ToList();
    }

    private static async Task VisitAsync(IPage page, string path, List<string> visited, bool expectFound = true)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(expectFound ? response.Ok : response.Status == 404, $"{path}: {response.Status}");
        // Scripts run once the page has loaded (the dashboard's charts, the disclosure form).
        await page.WaitForLoadStateAsync(LoadState.Load);
        var violations = await BrowserFixture.TakeViolationsAsync();
        Assert.True(violations.Count == 0, $"{path}: the Content-Security-Policy blocked:\n" + string.Join("\n", violations));
        visited.Add(path);
    }
}
