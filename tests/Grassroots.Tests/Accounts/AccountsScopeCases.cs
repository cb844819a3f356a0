using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Accounts;

namespace Grassroots.Tests.Accounts;

/// <summary>The unit-scope cases of the Accounts module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class AccountsScopeCases : ScopeCases
{
    public override async Task ArrangeAsync(ScopeTarget b)
    {
        Assert.NotEmpty(await b.App.TokenAsync(b.Officer));
        var account = await b.App.DbAsync(db => db.RoleGrants.Where(g => g.User!.UserName == b.Officer).Select(g => new { Id = g.UserId, Grant = g.Id }).FirstAsync());
        b.Set("account", account.Id);
        b.Set("grant", account.Grant);
        b.Set("token", await b.App.DbAsync(db => db.ApiTokens.Where(t => t.UserId == account.Id).Select(t => t.Id).FirstAsync()));
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["POST /api/v1/auth/token"] = async (c, b) =>
        {
            // Anonymous by nature; a password of someone else's account does not come with it.
            var r = await c.PostAsJsonAsync("/api/v1/auth/token", new { username = "cb.binhchanh", password = "doan-bua" });
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        },
        ["GET /api/v1/auth/me"] = async (c, b) =>
            Assert.DoesNotContain((await (await c.GetAsync("/api/v1/auth/me")).ReadAsync<MeDto>()).Grants, g => g.UnitCode == b.Code),
        ["GET /api/v1/auth/tokens"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/auth/tokens")).ReadAsync<List<TokenInfo>>(), t => t.Id == b.Id("token")),
        ["DELETE /api/v1/auth/tokens/{id:guid}"] = (c, b) => Denied(c.DeleteAsync($"/api/v1/auth/tokens/{b.Id("token")}")),
        ["GET /api/v1/accounts/"] = async (c, b) =>
        {
            var r = await c.GetAsync("/api/v1/accounts");
            if (r.StatusCode != HttpStatusCode.Forbidden)
            {
                Assert.DoesNotContain(await r.ReadAsync<List<AccountSummary>>(), a => a.Id == b.Id("account"));
            }
        },
        ["POST /api/v1/accounts/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/accounts",
            new { userName = "nguoi.la", fullName = "Người Lạ", password = "Matkhau123", homeUnitCode = b.Code, role = "Administrator" })),
        ["GET /api/v1/accounts/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/accounts/{b.Id("account")}")),
        ["POST /api/v1/accounts/{id:guid}/grants"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/accounts/{b.Id("account")}/grants", new { unitCode = b.Code, role = "Administrator" })),
        ["DELETE /api/v1/accounts/{id:guid}/grants/{grantId:int}"] = (c, b) => Denied(c.DeleteAsync($"/api/v1/accounts/{b.Id("account")}/grants/{b.Get<int>("grant")}")),
        ["POST /api/v1/accounts/{id:guid}/lock"] = (c, b) => Denied(c.PostAsync($"/api/v1/accounts/{b.Id("account")}/lock", null)),
        ["POST /api/v1/accounts/{id:guid}/unlock"] = (c, b) => Denied(c.PostAsync($"/api/v1/accounts/{b.Id("account")}/unlock", null)),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/accounts"] = PageCase.Hides(_ => "/accounts", b => $">{b.Officer}<"),
        ["/accounts/new"] = PageCase.Hides(_ => "/accounts/new", b => $"value=\"{b.HolderCode}\""),
        ["/accounts/{id:guid}"] = PageCase.Refused(b => $"/accounts/{b.Id("account")}"),
        ["/account/tokens"] = PageCase.Own("/account/tokens", b => b.Id("token").ToString()), // one's own tokens only
        ["/account/login"] = PageCase.Public(_ => "/account/login"),
        ["/account/logout"] = PageCase.Own("/account/logout"),
        ["/account/two-factor"] = PageCase.Own("/account/two-factor"), // one's own second factor
        ["/account/password"] = PageCase.Own("/account/password"), // one's own password
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Users.CountAsync(), await db.Users.CountAsync(u => u.IsActive), await db.RoleGrants.CountAsync(),
            await db.ApiTokens.CountAsync(t => t.RevokedAt != null));
}
