using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Outreach;
using Grassroots.Web.Modules.Petitions;
using Grassroots.Web.Modules.Reports;
using Grassroots.Web.Platform.Outbox;

namespace Grassroots.Tests.Outreach;

/// <summary>
/// Webhooks (issue 20): an administrator registers a receiver for events; each event reaches it as a call signed as the
/// Standard Webhooks specification says, which the receiver (on loopback) verifies; a call answered 500 is retried later
/// with the same webhook-id; the subscription's delivery history shows both attempts.
/// </summary>
public sealed class WebhookTests
{
    [Theory, Providers]
    public async Task A_receiver_gets_a_signed_call_for_each_event_and_a_retried_one_after_answering_500(DatabaseProvider provider)
    {
        using var receiver = new WebhookReceiver();
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        var refused = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "ftp://example.vn/x", events = new[] { "petition.unknown" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.ProblemAsync()).GetProperty("errors");
        Assert.Equal("Địa chỉ nhận phải là một URL https đầy đủ (http chỉ cho máy chủ nội bộ).", errors.GetProperty("url")[0].GetString());
        Assert.Equal("Có sự kiện không được hỗ trợ.", errors.GetProperty("events")[0].GetString());
        using var officer = await app.ApiAsync("cb.binhson");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events = new[] { "petition.received" } })).StatusCode);

        var subscription = await (await admin.PostAsJsonAsync("/api/v1/webhooks", new
        {
            url = receiver.Url, events = Outbox.WebhookEvents, description = "Cổng dịch vụ công của tỉnh",
        })).ReadAsync<RegisteredWebhook>();
        Assert.StartsWith("whsec_", subscription.Secret);
        receiver.Secret = subscription.Secret;

        // A letter received and answered, a report submitted, a disclosure published.
        using var citizen = app.CreateClient();
        var code = (await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = "20611", kind = "Reflection", content = "Đường thôn An Điềm bị sạt lở." }))
            .ReadAsync<PublicPetitionCreated>()).TrackingCode;
        var id = await app.DbAsync(db => db.Set<Petition>().Where(p => p.TrackingCode == code).Select(p => p.Id).SingleAsync());
        await (await officer.PostAsJsonAsync($"/api/v1/petitions/{id}/classify", new { isEligible = true, isInCompetence = true })).ReadAsync<PetitionDto>();
        await (await officer.PostAsync($"/api/v1/petitions/{id}/accept", null)).ReadAsync<PetitionDto>();
        await (await officer.PostAsJsonAsync($"/api/v1/petitions/{id}/answer", new { summary = "Đã khắc phục." })).ReadAsync<PetitionDto>();
        using var province = await app.ApiAsync("qt.lamdong");
        var period = await (await province.PostAsJsonAsync("/api/v1/reports/periods", new
        {
            templateKey = BuiltInTemplates.GovernmentReview, unitCode = "68", title = "Báo cáo năm 2026", from = "2026-01-01", to = "2026-12-31",
            dueOn = "2026-12-15", recipient = "UBND tỉnh", unitCodes = new[] { "24971" },
        })).ReadAsync<PeriodDto>();
        using var romen = await app.ApiAsync("cb.romen");
        (await romen.PostAsync($"/api/v1/reports/periods/{period.Id}/units/24971/submit", null)).EnsureSuccessStatusCode();
        (await romen.PostAsJsonAsync("/api/v1/disclosures", new
        {
            unitCode = "24971", categoryId = 2, title = "Dự toán ngân sách xã năm 2027", body = "UBND xã công khai dự toán.",
            forms = "OfficeNoticeBoard, Portal", postedFrom = "2026-11-20", postedTo = "2026-12-31",
        })).EnsureSuccessStatusCode();

        receiver.FailNext = 1; // the first call is answered 500
        await OutboxEmailTests.DrainAsync(app);
        Assert.Equal(4, receiver.Calls.Count);
        Assert.All(receiver.Calls, c => Assert.True(c.SignatureValid, $"signature of {c.Id}"));
        var types = receiver.Calls.Select(c => JsonDocument.Parse(c.Body).RootElement.GetProperty("type").GetString()!).ToHashSet();
        Assert.Equal(Outbox.WebhookEvents.ToHashSet(), types);
        var failed = receiver.Calls.First();
        Assert.Equal(500, failed.Answered);
        var received = receiver.Calls.Single(c => c.Body.Contains("\"petition.received\"", StringComparison.Ordinal));
        Assert.Contains(code, received.Body);
        Assert.DoesNotContain("An Điềm", received.Body); // no letter's content, no person, in the event

        // Nothing more until the backoff has passed; then the same call again, with the same webhook-id, and a new signature.
        await OutboxEmailTests.DrainAsync(app);
        Assert.Equal(4, receiver.Calls.Count);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await OutboxEmailTests.DrainAsync(app);
        Assert.Equal(5, receiver.Calls.Count);
        var retried = receiver.Calls.Last();
        Assert.Equal(failed.Id, retried.Id);
        Assert.Equal(failed.Body, retried.Body);
        Assert.True(retried.SignatureValid);
        Assert.Equal(204, retried.Answered);
        Assert.True(retried.Timestamp > failed.Timestamp);

        using var adminLater = await app.ApiAsync("admin");
        var history = await (await adminLater.GetAsync($"/api/v1/webhooks/{subscription.Id}/deliveries")).ReadAsync<List<DeliveryView>>();
        Assert.Equal(4, history.Count);
        Assert.All(history, d => Assert.Equal(OutboxState.Sent, d.State));
        var twice = history.Single(d => d.Id.ToString() == failed.Id);
        Assert.Equal(2, twice.Attempts);
        Assert.Equal("HTTP 500", Assert.Single(twice.FailedAttempts).Error);
        var list = await (await adminLater.GetAsync("/api/v1/webhooks")).ReadAsync<List<WebhookView>>();
        Assert.Equal(4, Assert.Single(list).Delivered);
    }
}
