using Grassroots.Web.Platform.Outbox;

namespace Grassroots.Web.Modules.Outreach;

public sealed record RegisterWebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Description);

/// <summary>The subscription and its signing secret, shown once, when it is registered.</summary>
public sealed record RegisteredWebhook(Guid Id, string Url, IReadOnlyList<string> Events, string Secret);

/// <summary>An administrator registers an address that receives signed calls (Standard Webhooks) for the events it chose.</summary>
public sealed class RegisterWebhook(AppDbContext db, UnitScope scope, IWebHostEnvironment environment, TimeProvider clock)
{
    public async Task<RegisteredWebhook> HandleAsync(RegisterWebhookRequest r, CancellationToken ct = default)
    {
        var events = (r.Events ?? []).Select(e => Text.Clean(e)).Where(e => e.Length > 0).Distinct().ToList();
        var url = Text.Clean(r.Url);
        var valid = Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps
            // Plain HTTP only to this machine (a receiver beside the app, the tests' receiver); HTTPS everywhere else.
            || (uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || environment.IsDevelopment())));
        new Validation()
            .Text(r.Url, "url", 2000)
            .Require(string.IsNullOrWhiteSpace(r.Url) || valid, "url", "Outreach.WebhookUrlInvalid")
            .Require(events.Count > 0, "events", "Outreach.WebhookEventsRequired")
            .Require(events.All(Outbox.WebhookEvents.Contains), "events", "Outreach.WebhookEventUnknown")
            .Text(r.Description, "description", 500, required: false)
            .ThrowIfInvalid();
        await OutreachReader.RequireAdministratorAsync(scope, ct);
        var subscription = new WebhookSubscription
        {
            Url = url, Events = string.Join(' ', events), Secret = WebhookChannel.NewSecret(), Description = Text.CleanOrNull(r.Description),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(subscription);
        await db.SaveChangesAsync(ct);
        return new RegisteredWebhook(subscription.Id, subscription.Url, events, subscription.Secret);
    }
}

/// <summary>Pauses or resumes a subscription (calls queued while paused are given up when their turn comes).</summary>
public sealed class PauseWebhook(AppDbContext db, UnitScope scope)
{
    public async Task HandleAsync(Guid id, bool active, int? version, CancellationToken ct = default)
    {
        await OutreachReader.RequireAdministratorAsync(scope, ct);
        var subscription = await db.Set<WebhookSubscription>().FirstOrDefaultAsync(s => s.Id == id, ct)
            ?? throw DomainException.NotFound("Outreach.WebhookNotFound");
        if (version is { } v && v != subscription.Version)
        {
            throw DomainException.Conflict("Concurrency.Stale");
        }
        subscription.Active = active;
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>An administrator sends a given-up message again: it waits for the worker as if new.</summary>
public sealed class RetryMessage(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        await OutreachReader.RequireAdministratorAsync(scope, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<OutboxMessage>().Where(m => m.Id == id && m.State == OutboxState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, OutboxState.Pending).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now), ct);
        if (changed == 0)
        {
            throw await db.Set<OutboxMessage>().AnyAsync(m => m.Id == id, ct)
                ? DomainException.Conflict("Outreach.NotFailed")
                : DomainException.NotFound("Outreach.MessageNotFound");
        }
    }
}
