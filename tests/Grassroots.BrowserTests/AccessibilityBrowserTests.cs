using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace Grassroots.BrowserTests;

/// <summary>
/// Issue 12: every page, signed out and as each demo role, passes an axe-core audit against WCAG 2.0 and 2.1, levels
/// A and AA, at a desktop's width and a phone's. The pages are those of the shared tour (<see cref="PageTour"/>); every violation of every page is gathered
/// and the test fails once at the end, listing them all (page, rule, impact, the first elements).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Every_page_of_the_tour_passes_axe_signed_out_and_as_each_demo_role(int width, int height)
    {
        var found = new List<string>();
        var role = "";
        var tour = new PageTour(async (page, path) =>
        {
            var result = await page.RunAxe(Wcag21AA);
            foreach (var violation in result.Violations)
            {
                var targets = violation.Nodes.Take(3).Select(n => n.Target?.ToString());
                found.Add($"{role} {path}: {violation.Id} ({violation.Impact}, {violation.Nodes.Length}×) {string.Join(" | ", targets)}");
            }
        });

        foreach (var (user, password, minimumMenu) in PageTour.Officers)
        {
            role = user;
            var officer = await fixture.NewPageAsync(width, height);
            await BrowserFixture.SignInAsync(officer, user, password);
            await tour.OfficerAsync(officer, user, minimumMenu);
        }

        role = DemoAccounts.RepresentativeUserName;
        var citizen = await fixture.NewPageAsync(width, height);
        await BrowserFixture.SignInAsync(citizen, DemoAccounts.RepresentativeUserName, DemoAccounts.DemoPassword);
        await tour.RepresentativeAsync(citizen);

        role = "(signed out)";
        await tour.AnonymousAsync(await fixture.NewPageAsync(width, height));

        output.WriteLine($"{tour.Visited.Count} pages audited at {width} px");
        Assert.True(tour.Visited.Count >= 100, $"{tour.Visited.Count} pages: {string.Join(", ", tour.Visited)}");
        Assert.True(found.Count == 0, $"{found.Count} axe-core violations on {tour.Visited.Count} pages:\n" + string.Join("\n", found));
    }
}
