using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Accounts;
using Grassroots.Web.Modules.Directory;

namespace Grassroots.Tests.Accounts;

public sealed class AccountsTests
{
    [Theory, Providers]
    public async Task A_province_administrator_opens_an_account_whose_role_reaches_only_its_unit(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("qt.lamdong");
        var commune = (await (await admin.GetAsync("/api/v1/units?kind=Commune")).ReadAsync<List<UnitDto>>()).First();

        var created = await admin.PostAsJsonAsync("/api/v1/accounts", new
        {
            userName = "Nguyen.Van.A",
            fullName = "Nguyễn Văn A",
            position = "Công chức Tư pháp - Hộ tịch",
            password = "Matkhau123",
            homeUnitCode = commune.Code,
            role = "Officer",
        });
        var account = await created.ReadAsync<AccountDetail>();
        Assert.Equal("nguyen.van.a", account.UserName);
        Assert.Equal(commune.Code, Assert.Single(account.Grants).UnitCode);

        using var fresh = await app.ApiAsync("nguyen.van.a", "Matkhau123");
        var visible = await (await fresh.GetAsync("/api/v1/units")).ReadAsync<List<UnitDto>>();
        Assert.All(visible, u => Assert.True(u.Code == commune.Code || u.ParentCode == commune.Code, u.Code));

        // A role on a unit outside the administrator's province is refused.
        var outside = await admin.PostAsJsonAsync($"/api/v1/accounts/{account.Id}/grants", new { unitCode = "51", role = "Head" });
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);

        // A weak password is explained field by field and opens nothing.
        var weak = await admin.PostAsJsonAsync("/api/v1/accounts", new { userName = "b", fullName = "B", password = "abc", homeUnitCode = commune.Code });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("ít nhất 8 ký tự", (await weak.ProblemAsync()).GetProperty("errors").GetProperty("password")[0].GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { username = "b", password = "abc" })).StatusCode);
    }

    [Theory, Providers]
    public async Task A_locked_account_can_neither_sign_in_nor_use_its_tokens(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.romen");
        using var admin = await app.ApiAsync("admin");
        var me = await (await officer.GetAsync("/api/v1/auth/me")).ReadAsync<MeDto>();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/accounts/{me.Id}/lock", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/v1/units")).StatusCode);
        var signIn = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { username = "cb.romen", password = DemoAccounts.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Theory, Providers]
    public async Task Guessing_is_slowed_per_name_and_address_without_telling_which_names_exist_or_locking_the_owner_out(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var attacker = app.CreateClient();
        attacker.DefaultRequestHeaders.Add(TestAddresses.Header, "203.0.113.7");
        async Task<HttpResponseMessage> TryAsync(HttpClient client, string name, string password) =>
            await client.PostAsJsonAsync("/api/v1/auth/token", new { username = name, password });

        // A real name and a made-up one get the same answers: the same message while guessing, the same wait after five.
        foreach (var name in new[] { "cb.binhan", "khong.ton.tai" })
        {
            for (var i = 0; i < Web.Platform.Auth.SignInThrottle.FreeFailures; i++)
            {
                var wrong = await TryAsync(attacker, name, "sai-mat-khau");
                Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
                Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", (await wrong.ProblemAsync()).GetProperty("detail").GetString());
            }
            var held = await TryAsync(attacker, name, DemoAccounts.DemoPassword);
            Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
            Assert.Equal("30", held.Headers.GetValues("Retry-After").Single());
            Assert.Contains("vui lòng đợi 30 giây", (await held.ProblemAsync()).GetProperty("detail").GetString());
        }

        // The owner, from the commune's own address, signs in at once: the attacker cannot lock the account out.
        using var owner = app.CreateClient();
        owner.DefaultRequestHeaders.Add(TestAddresses.Header, "198.51.100.20");
        Assert.Equal(HttpStatusCode.OK, (await TryAsync(owner, "cb.binhan", DemoAccounts.DemoPassword)).StatusCode);

        // Half a minute later the attacker may try again — and a wrong guess doubles the wait.
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(attacker, "cb.binhan", "sai-nua")).StatusCode);
        Assert.Equal("60", (await TryAsync(attacker, "cb.binhan", DemoAccounts.DemoPassword)).Headers.GetValues("Retry-After").Single());
    }

    [Theory, Providers]
    public async Task The_sign_in_page_answers_alike_and_counts_toward_the_same_wait(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Add(TestAddresses.Header, "203.0.113.8");
        var page = await PageClient.FromClientAsync(browser);
        for (var i = 0; i < Web.Platform.Auth.SignInThrottle.FreeFailures; i++)
        {
            var wrong = await page.PostFormAsync("/account/login", new() { ["UserName"] = i % 2 == 0 ? "cb.romen" : "nobody.here", ["Password"] = "sai" });
            Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await wrong.Content.ReadAsStringAsync());
        }
        var held = await page.PostFormAsync("/account/login", new() { ["UserName"] = "cb.romen", ["Password"] = "sai" });
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await held.Content.ReadAsStringAsync()); // three tries of cb.romen: not yet held
    }

    [Theory, Providers]
    public async Task Locking_an_account_ends_its_session_and_its_tokens_at_once(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var session = await PageClient.SignInAsync(app, "cb.romen");
        using var officer = await app.ApiAsync("cb.romen");
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/account/tokens")).StatusCode);
        var me = await (await officer.GetAsync("/api/v1/auth/me")).ReadAsync<MeDto>();

        using var admin = await app.ApiAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/accounts/{me.Id}/lock", null)).StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(1));

        // The very next page sends the signed-in person to sign in again; no new token can be minted there.
        var next = await session.Client.GetAsync("/account/tokens");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/account/login", next.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/v1/units")).StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.ApiTokens.CountAsync(t => t.UserId == me.Id && t.RevokedAt == null)));
    }

    [Theory, Providers]
    public async Task Administrators_and_heads_sign_in_with_a_second_factor(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var client = app.CreateClient();
        var noCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "admin", password = DemoAccounts.AdminPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.Contains("mã xác thực", (await noCode.ProblemAsync()).GetProperty("detail").GetString());
        var wrongCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "ct.romen", password = DemoAccounts.DemoPassword, code = "000000" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/token",
            new { username = "ct.romen", password = DemoAccounts.DemoPassword, code = DemoAccounts.CurrentCode() })).StatusCode);

        // A new administrator has no second factor yet: no token, and every page sends them to enrol one first.
        using var admin = await app.ApiAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/accounts",
            new { userName = "qt.moi", fullName = "Quản trị mới", password = "Matkhau@123", homeUnitCode = "24971", role = "Administrator" })).StatusCode);
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "qt.moi", password = "Matkhau@123" });
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        using var page = await PageClient.SignInAsync(app, "qt.moi", "Matkhau@123");
        var units = await page.Client.GetAsync("/units");
        Assert.Equal("/account/two-factor", units.Headers.Location!.OriginalString);
        var enrol = await page.Client.GetStringAsync("/account/two-factor");
        var key = System.Text.RegularExpressions.Regex.Match(enrol, "id=\"two-factor-key\">([A-Z2-7 ]+)<").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await page.PostFormAsync("/account/two-factor", new() { ["Code"] = "123456" })).StatusCode); // refused, shown again
        var confirmed = await page.PostFormAsync("/account/two-factor", new() { ["Code"] = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp() });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await page.Client.GetAsync("/units")).StatusCode);
    }
}
