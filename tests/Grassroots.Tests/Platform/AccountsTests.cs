using Grassroots.Web.Modules.Directory;
using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Accounts;
using Grassroots.Web.Platform.Data;

namespace Grassroots.Tests.Platform;

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
    public async Task Five_wrong_passwords_lock_the_account_for_a_while(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "cb.binhan", password = "sai" });
        }
        var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "cb.binhan", password = DemoAccounts.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("tạm bị khóa", (await locked.ProblemAsync()).GetProperty("detail").GetString());
    }
}
