using Microsoft.Playwright;

namespace Grassroots.BrowserTests;

/// <summary>
/// The tour of the site shared by the journeys that judge every page (the Content-Security-Policy, the axe-core audit):
/// every page of the menu and one page behind each (a record, a unit) for an officer; what citizens see: a
/// representative's household page and the links on it, a commune's portal and each of its sections, the tracking
/// page. <paramref name="judge"/> is called on each page once it has loaded, so that a failure names the page.
/// </summary>
internal sealed class PageTour(Func<IPage, string, Task> judge)
{
    /// <summary>The pages visited, in order (one entry per visit: the same address seen by two roles counts twice).</summary>
    public List<string> Visited { get; } = [];

    /// <summary>The officers' roles of the demo: officer, administrator, a commune's head, a province's steering committee, a supervisor.</summary>
    public static readonly (string User, string Password, int MinimumMenu)[] Officers =
    [
        ("cb.binhson", DemoAccounts.DemoPassword, 8),
        (DemoAccounts.AdminUserName, DemoAccounts.AdminPassword, 8),
        ("ct.binhson", DemoAccounts.DemoPassword, 1),
        ("bcd.quangngai", DemoAccounts.DemoPassword, 1),
        ("gs.binhson", DemoAccounts.DemoPassword, 1),
    ];

    /// <summary>Pages a crawl could not open: "address: status (linked from …)".</summary>
    public List<string> Failures { get; } = [];

    /// <summary>
    /// Follows every same-site link (<c>a[href]</c>, the menus included) from <paramref name="start"/>, breadth first, to
    /// <paramref name="depth"/> clicks and at most <paramref name="limit"/> pages: no downloads or exports (<c>download</c>,
    /// <c>?handler=</c>, a file's extension), no language switch, no API; forms are not sent. One address is read with
    /// at most three different queries (a list's filters would otherwise fill the crawl). A page that answers 4xx or 5xx is
    /// noted in <see cref="Failures"/>; every other page is judged.
    /// </summary>
    public async Task CrawlAsync(IPage page, string start, int depth, int limit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var variants = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<(string Path, int Depth)>([(start, 0)]);
        var from = new Dictionary<string, string>(StringComparer.Ordinal);
        var visited = 0;
        while (queue.Count > 0 && visited < limit)
        {
            var (path, level) = queue.Dequeue();
            var response = await page.GotoAsync(path);
            visited++;
            if (response is null || response.Status >= 400)
            {
                Failures.Add($"{path}: {response?.Status} (linked from {from.GetValueOrDefault(path, "the start")})");
                continue;
            }
            await page.WaitForLoadStateAsync(LoadState.Load);
            await judge(page, path);
            Visited.Add(path);
            if (level >= depth)
            {
                continue;
            }
            foreach (var link in await Links(page, "a[href]"))
            {
                var bare = link.Split('?')[0];
                if (link.Contains("handler=", StringComparison.OrdinalIgnoreCase) || bare is "/account/logout" || !seen.Add(link)
                    || (variants[bare] = variants.GetValueOrDefault(bare) + 1) > 3)
                {
                    continue;
                }
                from[link] = path;
                queue.Enqueue((link, level + 1));
            }
        }
    }

    /// <summary>The page <c>/</c>, every entry of the menus of a signed-in officer and one or two pages behind each.</summary>
    public async Task OfficerAsync(IPage officer, string user, int minimumMenu = 8)
    {
        await VisitAsync(officer, "/");
        var menu = await Links(officer, "header .dropdown-menu a.dropdown-item");
        Assert.True(menu.Count >= minimumMenu, $"{user}: {menu.Count} menu entries");
        foreach (var entry in menu)
        {
            await VisitAsync(officer, entry);
            // Behind the list: one record, if it has any, and one other page (a form, a sub-list).
            var behind = (await Links(officer, "main a")).Where(l => l.StartsWith(entry + "/", StringComparison.Ordinal)).ToList();
            foreach (var next in new[] { behind.FirstOrDefault(IsRecord), behind.FirstOrDefault(l => !IsRecord(l)) }.OfType<string>())
            {
                await VisitAsync(officer, next);
            }
        }
    }

    /// <summary>A signed-in household representative: their household page and the portal and household pages it links to.</summary>
    public async Task RepresentativeAsync(IPage citizen)
    {
        await VisitAsync(citizen, "/my/household");
        foreach (var link in (await Links(citizen, "main a")).Where(l => l.StartsWith("/p/", StringComparison.Ordinal) || l.StartsWith("/my/", StringComparison.Ordinal)).Take(6))
        {
            await VisitAsync(citizen, link);
        }
    }

    /// <summary>Signed out: the front door, two communes' portals and one page of each section, tracking, sign-in, a 404.</summary>
    public async Task AnonymousAsync(IPage anonymous)
    {
        // The front door: a search, a province's communes, and the page of a commune that ended.
        foreach (var door in new[] { "/", "/?q=ro+men", "/?province=68", "/p/24901" })
        {
            await VisitAsync(anonymous, door);
        }
        foreach (var portal in new[] { "/p/24971", "/p/20611" })
        {
            await VisitAsync(anonymous, portal);
            // One page of each section (a disclosure, a consultation, a convention, a decision, the letter form, the schedule).
            var sections = (await Links(anonymous, "main a")).Where(l => l.StartsWith(portal + "/", StringComparison.Ordinal))
                .GroupBy(l => l[(portal.Length + 1)..].Split('/', '?')[0]).Select(g => g.First()).ToList();
            Assert.True(sections.Count >= 3, $"{portal}: {string.Join(", ", sections)}");
            // The satisfaction surveys the portal publishes: a closed campaign's results, and its form (which says it is closed).
            var surveys = (await Links(anonymous, "main a")).Where(l => l.StartsWith("/p/s/", StringComparison.Ordinal)).Take(1).ToList();
            foreach (var link in sections)
            {
                await VisitAsync(anonymous, link);
            }
            foreach (var results in surveys)
            {
                await VisitAsync(anonymous, results);
                await VisitAsync(anonymous, results.Replace("/results", "", StringComparison.Ordinal));
            }
        }
        await VisitAsync(anonymous, "/p/track");
        await VisitAsync(anonymous, "/account/login");
        await VisitAsync(anonymous, "/no-such-page", expectFound: false);
    }

    public async Task VisitAsync(IPage page, string path, bool expectFound = true)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(expectFound ? response.Ok : response.Status == 404, $"{path}: {response.Status}");
        // Scripts run once the page has loaded (the dashboard's charts, the disclosure form).
        await page.WaitForLoadStateAsync(LoadState.Load);
        await judge(page, path);
        Visited.Add(path);
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
}
