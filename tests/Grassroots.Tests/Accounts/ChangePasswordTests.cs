using System.Net;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Accounts;

/// <summary>
/// Everyone changes their own password, giving the current one (docs/security.md, ASVS 2.1.5–2.1.6): a wrong current
/// password or two different new ones change nothing; a change keeps this session, ends the others and the API tokens,
/// and only the new password signs in afterwards.
/// </summary>
public sealed class ChangePasswordTests
{
    [Theory, Providers]
    public async Task A_person_changes_their_password_and_every_other_session_and_token_ends(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var here = await PageClient.SignInAsync(app, "cb.romen");
        using var elsewhere = await PageClient.SignInAsync(app, "cb.romen");
        using var token = await app.ApiAsync("cb.romen");
        const string page = "/account/password", current = DemoAccounts.DemoPassword, fresh = "Doi-Thong-2026";

        var wrong = await here.PostFormAsync(page, new() { ["CurrentPassword"] = "sai-mat-khau", ["NewPassword"] = fresh, ["ConfirmPassword"] = fresh });
        Assert.Contains("Mật khẩu hiện tại không đúng.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        var differ = await here.PostFormAsync(page, new() { ["CurrentPassword"] = current, ["NewPassword"] = fresh, ["ConfirmPassword"] = fresh + "x" });
        Assert.Contains("Hai lần nhập mật khẩu mới không giống nhau.", WebUtility.HtmlDecode(await differ.Content.ReadAsStringAsync()));
        var tooShort = await here.PostFormAsync(page, new() { ["CurrentPassword"] = current, ["NewPassword"] = "ab1", ["ConfirmPassword"] = "ab1" });
        Assert.Contains("Mật khẩu mới", WebUtility.HtmlDecode(await tooShort.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/units")).StatusCode); // nothing changed yet

        var changed = await here.PostFormAsync(page, new() { ["CurrentPassword"] = current, ["NewPassword"] = fresh, ["ConfirmPassword"] = fresh });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var back = await here.Client.GetAsync(changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode); // still signed in here, told what happened
        Assert.Contains("Đã đổi mật khẩu.", WebUtility.HtmlDecode(await back.Content.ReadAsStringAsync()));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await here.Client.GetAsync("/account/tokens")).StatusCode);
        var gone = await elsewhere.Client.GetAsync("/account/tokens");
        Assert.Equal(HttpStatusCode.Redirect, gone.StatusCode);
        Assert.StartsWith("/account/login", gone.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/units")).StatusCode);

        await Assert.ThrowsAnyAsync<Exception>(() => app.TokenAsync("cb.romen", current));
        Assert.False(string.IsNullOrEmpty(await app.TokenAsync("cb.romen", fresh)));
    }
}
