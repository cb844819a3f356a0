using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Directory;
using Grassroots.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Platform;

/// <summary>
/// A role on a unit reaches that unit's subtree and nothing else — proved for every API endpoint and every page: a
/// person of commune A (or district A) can neither read nor change the data of B. The cases live with their modules
/// (<c>&lt;Module&gt;/&lt;Module&gt;ScopeCases.cs</c>); a new endpoint or page without a case fails
/// <see cref="Every_endpoint_and_page_has_a_case"/>.
/// </summary>
public sealed class UnitScopeEveryEndpointTests
{
    private static readonly IReadOnlyList<ScopeCases> Modules = typeof(UnitScopeEveryEndpointTests).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(ScopeCases)) && !t.IsAbstract)
        .Select(t => (ScopeCases)Activator.CreateInstance(t)!)
        .OrderBy(m => m.Order).ThenBy(m => m.GetType().Name, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public async Task Every_endpoint_and_page_has_a_case()
    {
        var api = Modules.SelectMany(m => m.Api.Keys).ToList();
        var pages = Modules.SelectMany(m => m.Pages.Keys).ToList();
        Assert.Equal(api.Count, api.Distinct().Count());
        Assert.Equal(pages.Count, pages.Distinct().Count());

        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        app.CreateClient().Dispose();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var routes = endpoints.Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(routes);
        foreach (var endpoint in routes)
        {
            var key = Key(endpoint);
            Assert.True(api.Contains(key), $"No scope case for {key}");
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.True(anonymous || endpoint.Metadata.GetMetadata<RequiresPermission>() is not null, $"{key} declares no permission");
        }
        Assert.All(api, k => Assert.Contains(routes, e => Key(e) == k));
        var declared = endpoints.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().ToList();
        Assert.NotEmpty(declared);
        Assert.All(declared, p => Assert.True(pages.Contains(p), $"No scope case for page {p}"));
        Assert.All(pages, p => Assert.Contains(p, declared));
    }

    [Theory, Providers]
    public async Task Commune_and_district_people_cannot_reach_another_unit_through_any_endpoint(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        // An administrator of commune Bình An and one of district Bình Sơn, besides the demo officers.
        var binhAn = await CodeOfAsync(app, "Xã Bình An");
        await CreateAdminAsync(app, admin, "qt.binhan", binhAn);
        await CreateAdminAsync(app, admin, "qt.binhson", "522");

        var binhChanh = await TargetAsync(app, admin, await CodeOfAsync(app, "Xã Bình Chánh"), "cb.binhchanh");
        var roMen = await TargetAsync(app, admin, await CodeOfAsync(app, "Xã Rô Men"), "cb.romen");
        var snapshot = await SnapshotAsync(app);

        foreach (var (actor, target) in new[] { ("cb.binhan", binhChanh), ("qt.binhan", binhChanh), ("tcd.binhson", roMen), ("qt.binhson", roMen) })
        {
            using var client = await app.ApiAsync(actor);
            foreach (var (key, check) in Modules.SelectMany(m => m.Api))
            {
                try
                {
                    await check(client, target);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"{actor} → {key} on {target.Code}: {e.Message}");
                }
            }
        }
        Assert.Equal(snapshot, await SnapshotAsync(app));
    }

    [Theory, Providers]
    public async Task Pages_of_another_unit_are_refused_or_show_nothing_of_it(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var target = await TargetAsync(app, admin, await CodeOfAsync(app, "Xã Bình Chánh"), "cb.binhchanh");
        var snapshot = await SnapshotAsync(app);
        using var a = await PageClient.SignInAsync(app, "cb.binhan");
        // The control: the nation's administrator reaches every page of B, so a refusal is the scope's, not a wrong address.
        using var control = await PageClient.SignInAsync(app, "admin");
        using var citizen = app.CreateClient();

        foreach (var (route, page) in Modules.SelectMany(m => m.Pages))
        {
            var path = page.Url(target);
            try
            {
                switch (page.Expect)
                {
                    case PageExpectation.Refused:
                        var refused = await a.Client.GetAsync(path);
                        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
                        Assert.Contains("quyền", await refused.Content.ReadAsStringAsync());
                        Assert.Equal(HttpStatusCode.OK, (await control.Client.GetAsync(path)).StatusCode);
                        break;
                    case PageExpectation.HidesB:
                        var marker = page.Marker!(target);
                        var own = await a.Client.GetAsync(path);
                        Assert.True(own.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{(int)own.StatusCode}");
                        Assert.DoesNotContain(marker, await own.Content.ReadAsStringAsync());
                        var all = await control.Client.GetAsync(path);
                        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
                        Assert.Contains(marker, await all.Content.ReadAsStringAsync());
                        break;
                    case PageExpectation.Own:
                        var mine = await a.Client.GetAsync(path);
                        Assert.True(mine.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{(int)mine.StatusCode}");
                        if (page.Marker is { } hidden)
                        {
                            Assert.DoesNotContain(hidden(target), await mine.Content.ReadAsStringAsync());
                        }
                        break;
                    case PageExpectation.Public:
                        var open = await citizen.GetAsync(path);
                        Assert.True(open.StatusCode == HttpStatusCode.OK, $"{(int)open.StatusCode}");
                        if (page.Marker is { } secret)
                        {
                            Assert.DoesNotContain(secret(target), await open.Content.ReadAsStringAsync());
                        }
                        break;
                }
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"{route} → {path} ({page.Expect}): {e.Message}");
            }
        }
        foreach (var module in Modules)
        {
            await module.PageFormsAsync(a, target);
        }
        Assert.Equal(snapshot, await SnapshotAsync(app));
    }

    private static string Key(RouteEndpoint e) =>
        $"{e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault()} {e.RoutePattern.RawText}";

    private static Task<string> CodeOfAsync(GrassrootsApp app, string name) =>
        app.DbAsync(db => db.Units.Where(u => u.Name == name && u.ValidFrom == null).Select(u => u.Code).FirstAsync());

    private static async Task CreateAdminAsync(GrassrootsApp app, HttpClient admin, string userName, string unitCode)
    {
        var r = await admin.PostAsJsonAsync("/api/v1/accounts",
            new { userName, fullName = "Quản trị " + unitCode, password = DemoAccounts.DemoPassword, homeUnitCode = unitCode, role = "Administrator" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        await app.EnrolTwoFactorAsync(userName);
    }

    /// <summary>Unit B with every module's records laid: the one under test was merged away in 2025, so they are laid at the commune that holds B's records now.</summary>
    private static async Task<ScopeTarget> TargetAsync(GrassrootsApp app, HttpClient admin, string code, string officer)
    {
        var holder = (await (await admin.GetAsync($"/api/v1/units/{code}/successor")).ReadAsync<UnitDto>()).Code;
        var target = new ScopeTarget(app, code, holder, officer, admin);
        foreach (var module in Modules)
        {
            await module.ArrangeAsync(target);
        }
        return target;
    }

    private static async Task<string> SnapshotAsync(GrassrootsApp app)
    {
        var parts = new List<string>();
        foreach (var module in Modules)
        {
            parts.Add(module.GetType().Name + ":" + await app.DbAsync(module.SnapshotAsync));
        }
        return string.Join("\n", parts);
    }
}
