using Grassroots.Web.Platform.Outbox;

namespace Grassroots.Web.Modules.Outreach;

public sealed record OutboxMessageView(Guid Id, OutboxChannel Channel, string EventKey, string? EventType, string Recipient, string? Subject,
    OutboxState State, int Attempts, DateTime CreatedAt, DateTime NextAttemptAt, DateTime? SentAt, string? LastError);

public sealed record OutboxCounts(int Pending, int Sent, int Failed);

public sealed record OutboxPage(OutboxCounts Counts, IReadOnlyList<OutboxMessageView> Messages);

public sealed record WebhookView(Guid Id, string Url, IReadOnlyList<string> Events, string? Description, bool Active, DateTime CreatedAt,
    int Delivered, int Waiting, int Failed, int Version);

public sealed record DeliveryAttemptView(DateTime At, int? StatusCode, string Error);

public sealed record DeliveryView(Guid Id, string? EventType, string EventKey, OutboxState State, int Attempts, DateTime CreatedAt,
    DateTime? SentAt, DateTime NextAttemptAt, string? LastError, IReadOnlyList<DeliveryAttemptView> FailedAttempts);

/// <summary>The outbox and the subscriptions as the platform's administrators see them (the root unit's ManageUnits).</summary>
public sealed class OutreachReader(AppDbContext db, UnitScope scope)
{
    public const int PageSize = 200;

    public async Task<OutboxPage> MessagesAsync(OutboxState? state, OutboxChannel? channel, CancellationToken ct)
    {
        await RequireAdministratorAsync(scope, ct);
        var all = db.Set<OutboxMessage>().AsNoTracking();
        var counts = await all.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var query = all;
        if (state is { } s)
        {
            query = query.Where(m => m.State == s);
        }
        if (channel is { } c)
        {
            query = query.Where(m => m.Channel == c);
        }
        var messages = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(PageSize)
            .Select(m => new OutboxMessageView(m.Id, m.Channel, m.EventKey, m.EventType, m.Recipient, m.Subject, m.State, m.Attempts, m.CreatedAt,
                m.NextAttemptAt, m.SentAt, m.LastError)).ToListAsync(ct);
        int Count(OutboxState st) => counts.FirstOrDefault(x => x.Key == st)?.Count ?? 0;
        return new OutboxPage(new OutboxCounts(Count(OutboxState.Pending), Count(OutboxState.Sent), Count(OutboxState.Failed)), messages);
    }

    public async Task<IReadOnlyList<WebhookView>> WebhooksAsync(CancellationToken ct)
    {
        await RequireAdministratorAsync(scope, ct);
        var subscriptions = await db.Set<WebhookSubscription>().AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(ct);
        var tallies = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SubscriptionId != null)
            .GroupBy(m => new { m.SubscriptionId, m.State }).Select(g => new { g.Key.SubscriptionId, g.Key.State, Count = g.Count() }).ToListAsync(ct);
        int Tally(Guid id, OutboxState st) => tallies.FirstOrDefault(t => t.SubscriptionId == id && t.State == st)?.Count ?? 0;
        return subscriptions.Select(s => new WebhookView(s.Id, s.Url, s.EventList.ToList(), s.Description, s.Active, s.CreatedAt,
            Tally(s.Id, OutboxState.Sent), Tally(s.Id, OutboxState.Pending), Tally(s.Id, OutboxState.Failed), s.Version)).ToList();
    }

    /// <summary>The calls made to a subscription, newest first, each with its failed attempts.</summary>
    public async Task<IReadOnlyList<DeliveryView>> DeliveriesAsync(Guid subscriptionId, CancellationToken ct)
    {
        await RequireAdministratorAsync(scope, ct);
        if (!await db.Set<WebhookSubscription>().AnyAsync(s => s.Id == subscriptionId, ct))
        {
            throw DomainException.NotFound("Outreach.WebhookNotFound");
        }
        var messages = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SubscriptionId == subscriptionId)
            .OrderByDescending(m => m.CreatedAt).Take(PageSize).ToListAsync(ct);
        var ids = messages.Select(m => m.Id).ToList();
        var attempts = (await db.Set<OutboxAttempt>().AsNoTracking().Where(a => ids.Contains(a.MessageId)).ToListAsync(ct))
            .OrderBy(a => a.At).ToLookup(a => a.MessageId);
        return messages.Select(m => new DeliveryView(m.Id, m.EventType, m.EventKey, m.State, m.Attempts, m.CreatedAt, m.SentAt, m.NextAttemptAt,
            m.LastError, attempts[m.Id].Select(a => new DeliveryAttemptView(a.At, a.StatusCode, a.Error)).ToList())).ToList();
    }

    internal static async Task RequireAdministratorAsync(UnitScope scope, CancellationToken ct) =>
        await scope.RequireAsync(Unit.RootCode, Permission.ManageUnits, ct);
}
