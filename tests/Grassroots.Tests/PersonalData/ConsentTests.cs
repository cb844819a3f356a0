using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.PersonalData;
using Grassroots.Web.Modules.Petitions;

namespace Grassroots.Tests.PersonalData;

/// <summary>
/// Consent where consent is the basis (docs/personal-data.md, Consent): news of a letter by email is sent only to a
/// citizen who ticked the box; the consent is kept with the exact text shown, its language and time, and can be withdrawn
/// from the tracking page — the withdrawal is recorded, not erased.
/// </summary>
public sealed class ConsentTests
{
    private const string Commune = "20611"; // Xã Bình Sơn

    private static object Letter(string kind = "Recommendation", string? email = "tam.nguyen@example.vn", bool updates = true) => new
    {
        unitCode = Commune, kind, content = "Đề nghị sửa đèn chiếu sáng đường thôn An Điềm.", petitionerName = "Nguyễn Văn Tám",
        petitionerPhone = "0905123456", petitionerEmail = email, emailUpdates = updates,
    };

    [Theory, Providers]
    public async Task A_citizens_consent_to_news_by_email_is_kept_with_its_text_and_withdrawn_from_the_tracking_page(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = app.CreateClient();
        var consents = () => app.DbAsync(db => db.Set<ConsentRecord>().AsNoTracking().ToListAsync());

        // No email, or a denunciation: refused, nothing saved.
        var noEmail = await citizen.PostAsJsonAsync("/api/v1/public/petitions", Letter(email: null));
        Assert.Equal(HttpStatusCode.BadRequest, noEmail.StatusCode);
        Assert.Contains("Để nhận thông báo qua email, hãy nhập địa chỉ email.", await noEmail.Content.ReadAsStringAsync());
        var denunciation = await citizen.PostAsJsonAsync("/api/v1/public/petitions", Letter(kind: "Denunciation"));
        Assert.Equal(HttpStatusCode.BadRequest, denunciation.StatusCode);
        Assert.Contains("giữ bí mật người tố cáo", await denunciation.Content.ReadAsStringAsync());
        Assert.Empty(await consents());

        var sent = await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", Letter())).ReadAsync<PublicPetitionCreated>();
        var record = Assert.Single(await consents());
        Assert.Equal(("tam.nguyen@example.vn", $"Letter:{sent.TrackingCode}"), (record.Contact, record.Subject));
        Assert.StartsWith("Tôi đồng ý để cơ quan nhận đơn gửi thông báo về tiến trình xử lý đơn này", record.Text, StringComparison.Ordinal);
        Assert.True(record.Text.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.StartsWith("vi", record.Language, StringComparison.Ordinal);

        // In English, the English text is what was consented to.
        var english = await (await citizen.PostAsJsonAsync("/api/v1/public/petitions?lang=en", Letter())).ReadAsync<PublicPetitionCreated>();
        Assert.StartsWith("I agree that the receiving body may send news", (await consents()).Single(c => c.Subject.EndsWith(english.TrackingCode, StringComparison.Ordinal)).Text, StringComparison.Ordinal);

        // Tracking shows when it was given (never the email); withdrawing ends it, once.
        var tracked = await (await citizen.GetAsync($"/api/v1/public/petitions/{sent.TrackingCode}")).ReadAsync<TrackedPetition>();
        Assert.True(tracked.EmailUpdates!.IsActive);
        Assert.DoesNotContain("tam.nguyen", await (await citizen.GetAsync($"/api/v1/public/petitions/{sent.TrackingCode}")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await citizen.PostAsync($"/api/v1/public/petitions/{sent.TrackingCode}/email-updates/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await citizen.PostAsync($"/api/v1/public/petitions/{sent.TrackingCode}/email-updates/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.PostAsync("/api/v1/public/petitions/ZZZZZZZZZZ/email-updates/withdraw", null)).StatusCode);
        var withdrawn = (await consents()).Single(c => c.Subject == $"Letter:{sent.TrackingCode}");
        Assert.NotNull(withdrawn.WithdrawnAt);
        var page = WebUtility.HtmlDecode(await citizen.GetStringAsync($"/p/track?code={sent.TrackingCode}"));
        Assert.Contains("Bạn đã rút lại sự đồng ý nhận thông báo qua email", page);
    }
}
