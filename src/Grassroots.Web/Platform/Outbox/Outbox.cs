using System.Text.Json;
using MimeKit;

namespace Grassroots.Web.Platform.Outbox;

/// <summary>
/// Writes messages into the caller's unit of work: they are saved by the caller's own <c>SaveChangesAsync</c>, in the
/// same transaction as the change that causes them, and sent afterwards by the worker (<see cref="OutboxDispatcher"/>).
/// An event already queued for the recipient is not queued again.
/// </summary>
public sealed class Outbox(AppDbContext db, TimeProvider clock, OutboxSignal signal)
{
    /// <summary>The events other systems may subscribe to (their labels are "Outbox.Event.{type}").</summary>
    public static readonly IReadOnlyList<string> WebhookEvents =
        ["petition.received", "petition.answered", "report.submitted", "disclosure.published"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private bool _wakeOnSave;

    /// <summary>An email in plain text and HTML; false when this event was already queued for the address.</summary>
    public Task<bool> EmailAsync(string eventKey, string to, string subject, string text, string? html, CancellationToken ct = default)
    {
        var message = New(OutboxChannel.Email, eventKey, Text.Clean(to), text);
        message.Subject = subject;
        message.Html = html;
        message.EventType = eventKey.Split(':')[0];
        if (!IsEmailAddress(message.Recipient))
        {
            // Kept, for the administrator to see, but never tried: no retry makes a malformed address deliverable.
            message.State = OutboxState.Failed;
            message.LastError = "Invalid email address";
        }
        return AddAsync(message, ct);
    }

    /// <summary>A short text to a phone (SMS or Zalo, whichever adapter is configured).</summary>
    public Task<bool> SmsAsync(string eventKey, string phone, string text, CancellationToken ct = default)
    {
        var message = New(OutboxChannel.Sms, eventKey, Text.Clean(phone), text);
        message.EventType = eventKey.Split(':')[0];
        return AddAsync(message, ct);
    }

    /// <summary>A call to every active subscription of the event type, its body the Standard Webhooks envelope; the number queued.</summary>
    public async Task<int> PublishAsync(string eventType, string eventKey, object data, CancellationToken ct = default)
    {
        var queued = 0;
        foreach (var message in await WebhookRowsAsync(eventType, eventKey, data, ct))
        {
            if (await AddAsync(message, ct))
            {
                queued++;
            }
        }
        return queued;
    }

    /// <summary>
    /// The rows of an event's webhook calls, for a writer that saves rows itself (the portal's group commit): written in
    /// the same transaction as the letter, like every other outbox row.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> WebhookRowsAsync(string eventType, string eventKey, object data, CancellationToken ct = default)
    {
        if (!WebhookEvents.Contains(eventType))
        {
            throw new ArgumentException($"Unknown webhook event {eventType}", nameof(eventType));
        }
        var subscriptions = await db.Set<WebhookSubscription>().AsNoTracking().Where(s => s.Active).ToListAsync(ct);
        if (subscriptions.Count == 0)
        {
            return [];
        }
        var body = JsonSerializer.Serialize(new { type = eventType, timestamp = clock.GetUtcNow(), data }, Json);
        return subscriptions.Where(s => s.EventList.Contains(eventType)).Select(s =>
        {
            var message = New(OutboxChannel.Webhook, eventKey, s.Id.ToString(), body);
            message.EventType = eventType;
            message.Target = s.Url;
            message.SubscriptionId = s.Id;
            return message;
        }).ToList();
    }

    public static bool IsEmailAddress(string address) =>
        address.Length is > 2 and <= 320 && MailboxAddress.TryParse(address, out var parsed) && parsed.Address == address
            && address.IndexOf('@') is > 0 and var at && at < address.Length - 1 && !address.Any(char.IsWhiteSpace);

    private OutboxMessage New(OutboxChannel channel, string eventKey, string recipient, string body)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
            Channel = channel, EventKey = eventKey, Recipient = recipient, Body = body, CreatedAt = now, NextAttemptAt = now,
        };
    }

    private async Task<bool> AddAsync(OutboxMessage message, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.Channel == message.Channel
            && e.Entity.EventKey == message.EventKey && e.Entity.Recipient == message.Recipient);
        if (tracked || await db.Set<OutboxMessage>().AnyAsync(m => m.Channel == message.Channel && m.EventKey == message.EventKey
            && m.Recipient == message.Recipient, ct))
        {
            return false;
        }
        db.Add(message);
        if (!_wakeOnSave)
        {
            // The worker is woken once the caller's change is saved (and polls anyway, for a save inside a longer transaction).
            _wakeOnSave = true;
            db.SavedChanges += (_, _) => signal.Notify();
        }
        return true;
    }
}

/// <summary>Wakes the worker when something was queued (it also looks on its own every poll interval).</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already awake.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
