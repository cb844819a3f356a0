using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.PersonalData;

namespace Grassroots.Tests.PersonalData;

/// <summary>
/// The register of personal-data breaches (docs/personal-data.md, Breach records): the authority is told within 72 hours of
/// finding a breach (NĐ 13/2023 Điều 23 until 31/12/2025; the 2026 article unverified, docs/legal.md PDP-BREACH-72H).
/// </summary>
public sealed class BreachRegisterTests
{
    [Theory, Providers]
    public async Task A_breach_is_recorded_flagged_when_its_72_hours_pass_and_updated_by_one_of_two_at_once(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        // Test clock: Mon 23/11/2026; found on Sat 21/11 at 08:00 (Vietnam): due Tue 24/11 at 08:00.
        var body = new
        {
            detectedAt = "2026-11-21T08:00", occurredAt = "2026-11-20T22:15",
            description = "Một bảng kê đơn thư có họ tên, số điện thoại người gửi bị gửi nhầm vào nhóm Zalo của thôn.",
            dataKinds = "Họ tên, số điện thoại, địa chỉ người gửi đơn", peopleAffected = 37, measures = "Đã thu hồi tin nhắn, yêu cầu xóa.",
        };
        var created = await (await admin.PostAsJsonAsync("/api/v1/personal-data/breaches", body)).ReadAsync<BreachDto>();
        Assert.Equal(new DateTime(2026, 11, 24, 8, 0, 0), created.AuthorityDueAt);
        Assert.False(created.AuthorityLate);

        // Bad input: found in the future, told before it was found, a negative count — refused, nothing saved.
        var future = await admin.PostAsJsonAsync("/api/v1/personal-data/breaches", body with { detectedAt = "2027-01-01T08:00" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("tương lai", await future.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/personal-data/breaches", new
        {
            body.detectedAt, body.description, body.dataKinds, peopleAffected = -1,
        })).StatusCode);
        Assert.Equal(1, await app.DbAsync(db => db.Set<DataBreach>().CountAsync()));

        // Three days later, the authority not told: late.
        app.Clock.Advance(TimeSpan.FromDays(3));
        using var later = await app.ApiAsync("admin");
        var listed = Assert.Single(await (await later.GetAsync("/api/v1/personal-data/breaches")).ReadAsync<List<BreachDto>>());
        Assert.True(listed.AuthorityLate);

        // Two people record the notice from the same version: one wins, the other gets 409.
        object Told(string at) => new
        {
            body.detectedAt, body.occurredAt, body.description, body.dataKinds, body.peopleAffected, body.measures,
            authorityNotifiedAt = at, version = listed.Version,
        };
        var first = await later.PutAsJsonAsync($"/api/v1/personal-data/breaches/{listed.Id}", Told("2026-11-23T16:00"));
        var second = await later.PutAsJsonAsync($"/api/v1/personal-data/breaches/{listed.Id}", Told("2026-11-25T09:00"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var now = Assert.Single(await (await later.GetAsync("/api/v1/personal-data/breaches")).ReadAsync<List<BreachDto>>());
        Assert.Equal(new DateTime(2026, 11, 23, 16, 0, 0), now.AuthorityNotifiedAt);
        Assert.False(now.AuthorityLate); // told within the 72 hours

        // A commune officer has no access to the register.
        using var officer = await app.ApiAsync("cb.binhson");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/personal-data/breaches")).StatusCode);
    }
}
