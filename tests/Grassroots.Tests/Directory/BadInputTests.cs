using System.Net;
using System.Net.Http.Json;
using System.Text;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Directory;

/// <summary>Each bad request gets a clear problem in Vietnamese (English with ?lang=en) and changes nothing.</summary>
public sealed class BadInputTests
{
    private static Task<(int Units, int Events)> CountsAsync(GrassrootsApp app) =>
        app.DbAsync(async db => (await db.Units.CountAsync(), await db.LineageEvents.CountAsync()));

    [Theory, Providers]
    public async Task Refusals_explain_themselves_and_leave_the_tree_as_it_was(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("admin");
        var before = await CountsAsync(app);

        // Missing fields: 400 with one message per field.
        var missing = await api.PostAsJsonAsync("/api/v1/units", new { code = "", name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var problem = await missing.ProblemAsync();
        Assert.Contains("Vui lòng nhập Mã đơn vị", problem.GetProperty("errors").GetProperty("code")[0].GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("parentCode", out _));

        // The same in English.
        var english = await (await api.PostAsJsonAsync("/api/v1/units?lang=en", new { code = "", name = "" })).ProblemAsync();
        Assert.Contains("Unit code is required", english.GetProperty("errors").GetProperty("code")[0].GetString());

        // A code that exists.
        var taken = await api.PostAsJsonAsync("/api/v1/units", new { code = "522", name = "Huyện mới", kind = "Commune", parentCode = "51" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("đã được dùng", (await taken.ProblemAsync()).GetProperty("detail").GetString());

        // A 5 MB name.
        var huge = await api.PostAsJsonAsync("/api/v1/units", new { code = "X1", name = new string('Á', 5 * 1024 * 1024), kind = "Agency", parentCode = "51" });
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("quá dài", (await huge.ProblemAsync()).GetProperty("errors").GetProperty("name")[0].GetString());

        // A kind that cannot hang there.
        var wrongParent = await api.PostAsJsonAsync("/api/v1/units", new { code = "X2", name = "Thôn lạc", kind = "ResidentialCommunity", parentCode = "51" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongParent.StatusCode);

        // Broken JSON and wrongly typed JSON.
        var broken = await api.PostAsync("/api/v1/units", new StringContent("{\"code\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("không đọc được", (await broken.ProblemAsync()).GetProperty("detail").GetString());
        var wrongType = await api.PostAsync("/api/v1/units", new StringContent("{\"code\": 5, \"kind\": \"Castle\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);

        // A merge that would make a loop: a district into one of its own communes (dated before the reform).
        var cycle = await api.PostAsJsonAsync("/api/v1/units/merge", new { sourceCodes = new[] { "522" }, targetCode = "20101", effectiveDate = "2024-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.Contains("vòng lặp", (await cycle.ProblemAsync()).GetProperty("detail").GetString());

        // A merge of a unit that no longer exists on the date.
        var ended = await api.PostAsJsonAsync("/api/v1/units/merge", new { sourceCodes = new[] { "20101" }, targetCode = "20104", effectiveDate = "2026-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, ended.StatusCode);

        Assert.Equal(before, await CountsAsync(app));
    }

    [Theory, Providers]
    public async Task Wrong_password_expired_and_revoked_tokens_are_refused_in_Vietnamese(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var client = app.CreateClient();

        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "admin", password = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", (await wrong.ProblemAsync()).GetProperty("detail").GetString());
        var wrongEn = await client.PostAsJsonAsync("/api/v1/auth/token?lang=en", new { username = "admin", password = "x" });
        Assert.Equal("Wrong user name or password.", (await wrongEn.ProblemAsync()).GetProperty("detail").GetString());

        var token = await app.TokenAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/units/VN");
        request.Headers.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);

        app.Clock.Advance(TimeSpan.FromHours(9));
        using var late = new HttpRequestMessage(HttpMethod.Get, "/api/v1/units/VN");
        late.Headers.Authorization = new("Bearer", token);
        var expired = await client.SendAsync(late);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Contains("hết hạn", (await expired.ProblemAsync()).GetProperty("detail").GetString());

        using var api = await app.ApiAsync("admin");
        var mine = await (await api.GetAsync("/api/v1/auth/tokens")).ReadAsync<List<Web.Modules.Accounts.TokenInfo>>();
        var current = mine.First(t => t.RevokedAt is null && t.ExpiresAt > app.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/auth/tokens/{current.Id}")).StatusCode);
        var revoked = await api.GetAsync("/api/v1/units/VN");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("thu hồi", (await revoked.ProblemAsync()).GetProperty("detail").GetString());
    }

    [Theory, Providers]
    public async Task Without_a_token_the_api_answers_401_problem_and_pages_send_people_to_sign_in(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var api = await client.GetAsync("/api/v1/units");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("Cần đăng nhập", (await api.ProblemAsync()).GetProperty("title").GetString());

        var page = await client.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery);
    }
}
