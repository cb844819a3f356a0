using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Platform.Outbox;

namespace Grassroots.Tests.Outreach;

/// <summary>
/// The unit-scope cases of the Outreach module (Platform/UnitScopeEveryEndpointTests): the outbox and the webhook
/// subscriptions are the platform's, for the administrators of the nation unit only; nobody of a unit reaches them.
/// </summary>
public sealed class OutreachScopeCases : ScopeCases
{
    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/outbox/"] = (c, b) => Denied(c.GetAsync("/api/v1/outbox")),
        ["POST /api/v1/outbox/{id:guid}/retry"] = (c, b) => Denied(c.PostAsync($"/api/v1/outbox/{Guid.CreateVersion7()}/retry", null)),
        ["GET /api/v1/webhooks/"] = (c, b) => Denied(c.GetAsync("/api/v1/webhooks")),
        ["GET /api/v1/webhooks/events"] = (c, b) => Status(HttpStatusCode.OK, c.GetAsync("/api/v1/webhooks/events")), // the list of event names
        ["POST /api/v1/webhooks/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://example.vn/hook", events = new[] { "petition.received" } })),
        ["POST /api/v1/webhooks/{id:guid}/active"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/webhooks/{Guid.CreateVersion7()}/active", new { active = false })),
        ["GET /api/v1/open311/clients/"] = (c, b) => Denied(c.GetAsync("/api/v1/open311/clients")),
        ["POST /api/v1/open311/clients/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/open311/clients", new { name = "Ứng dụng lạ" })),
        // A user's own calendar feed address: any signed-in caller, their own only (no unit data).
        ["GET /api/v1/my/calendar-feed/"] = (c, b) => Status(HttpStatusCode.OK, c.GetAsync("/api/v1/my/calendar-feed")),
        ["POST /api/v1/my/calendar-feed/reset"] = (c, b) => Status(HttpStatusCode.OK, c.PostAsync("/api/v1/my/calendar-feed/reset", null)),
        ["GET /api/v1/webhooks/{id:guid}/deliveries"] = (c, b) => Denied(c.GetAsync($"/api/v1/webhooks/{Guid.CreateVersion7()}/deliveries")),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/admin/outbox"] = PageCase.Own("/admin/outbox"),
        ["/admin/webhooks"] = PageCase.Own("/admin/webhooks"),
        ["/account/calendar"] = PageCase.Own("/account/calendar"),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        $"{await db.Set<WebhookSubscription>().CountAsync()}/{await db.Set<OutboxMessage>().CountAsync(m => m.State != OutboxState.Pending)}";
}
