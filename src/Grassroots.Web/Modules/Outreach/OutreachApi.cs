using Grassroots.Web.Platform.Outbox;

namespace Grassroots.Web.Modules.Outreach;

public sealed record PauseWebhookRequest(bool? Active, int? Version);

public static class OutreachApi
{
    public static RouteGroupBuilder MapOutreachApi(this RouteGroupBuilder api)
    {
        var outbox = api.MapGroup("/outbox").WithTags("Outbox");
        outbox.MapGet("/", List).Requires(Permission.ManageUnits, "root")
            .WithSummary("The outbox: emails, SMS and webhook calls with their state (waiting, sent, given up), attempts and last error; the newest 200.");
        outbox.MapPost("/{id:guid}/retry", Retry).Requires(Permission.ManageUnits, "root")
            .WithSummary("Send a given-up message again.");
        var hooks = api.MapGroup("/webhooks").WithTags("Webhooks");
        hooks.MapGet("/", Webhooks).Requires(Permission.ManageUnits, "root")
            .WithSummary("Webhook subscriptions with their delivery counts.");
        hooks.MapGet("/events", (Func<IReadOnlyList<string>>)(() => Outbox.WebhookEvents)).Requires(Permission.View, "none")
            .WithSummary("The events one may subscribe to.");
        hooks.MapPost("/", Register).Requires(Permission.ManageUnits, "root")
            .WithSummary("Register a URL for events; the answer holds the signing secret (Standard Webhooks, whsec_…), shown only once.");
        hooks.MapPost("/{id:guid}/active", Pause).Requires(Permission.ManageUnits, "root")
            .WithSummary("Pause or resume a subscription.");
        hooks.MapGet("/{id:guid}/deliveries", Deliveries).Requires(Permission.ManageUnits, "root")
            .WithSummary("The calls made to a subscription, newest first, with their failed attempts.");
        var feed = api.MapGroup("/my/calendar-feed").WithTags("Calendar feeds");
        feed.MapGet("/", FeedInfo).Requires(Permission.View, "none")
            .WithSummary("The address of the caller's calendar feed of deadlines (with its secret token), or none yet.");
        feed.MapPost("/reset", ResetFeed).Requires(Permission.View, "none")
            .WithSummary("A new secret address for the caller's calendar feed; the old one answers 404 from now on.");
        return api;
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static async Task<Ok<CalendarFeedInfo>> FeedInfo(HttpRequest request, MyDeadlinesFeed feed, CancellationToken ct) =>
        TypedResults.Ok(await feed.InfoAsync(BaseUrl(request), ct));

    private static async Task<Ok<CalendarFeedInfo>> ResetFeed(HttpRequest request, MyDeadlinesFeed feed, CancellationToken ct) =>
        TypedResults.Ok(await feed.ResetAsync(BaseUrl(request), ct));

    private static async Task<Ok<OutboxPage>> List(OutboxState? state, OutboxChannel? channel, OutreachReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.MessagesAsync(state, channel, ct));

    private static async Task<NoContent> Retry(Guid id, RetryMessage handler, CancellationToken ct)
    {
        await handler.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<WebhookView>>> Webhooks(OutreachReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.WebhooksAsync(ct));

    private static async Task<Created<RegisteredWebhook>> Register(RegisterWebhookRequest request, RegisterWebhook handler, CancellationToken ct)
    {
        var created = await handler.HandleAsync(request, ct);
        return TypedResults.Created($"/api/v1/webhooks/{created.Id}/deliveries", created);
    }

    private static async Task<NoContent> Pause(Guid id, PauseWebhookRequest request, PauseWebhook handler, CancellationToken ct)
    {
        new Validation().Require(request.Active is not null, "active", "Validation.Required").ThrowIfInvalid();
        await handler.HandleAsync(id, request.Active!.Value, request.Version, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<DeliveryView>>> Deliveries(Guid id, OutreachReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.DeliveriesAsync(id, ct));
}
