using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Platform.Outbox;

/// <summary>The ways a message leaves the platform.</summary>
public enum OutboxChannel
{
    Email,
    Sms,
    Webhook,
}

/// <summary>Where a message stands: waiting (first send or a retry after a failure), sent, or given up.</summary>
public enum OutboxState
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// A message to send, written in the same transaction as the change that causes it and sent afterwards by
/// <see cref="OutboxDispatcher"/>: a crash between the commit and the send loses nothing. The key (channel, event,
/// recipient) is unique, so an event reaches each recipient once whoever records it twice.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public OutboxChannel Channel { get; set; }

    /// <summary>What happened, one key per event: "petition.accepted:{id}", "report.reminder:{period}:{unit}:DueSoon".</summary>
    public required string EventKey { get; set; }

    /// <summary>An email address, a phone number, or the webhook subscription's id.</summary>
    public required string Recipient { get; set; }

    /// <summary>The webhook's event type ("petition.received"), or what the message is about for the list.</summary>
    public string? EventType { get; set; }

    public string? Subject { get; set; }

    /// <summary>The plain text of an email or SMS, the JSON body of a webhook call.</summary>
    public required string Body { get; set; }

    public string? Html { get; set; }

    /// <summary>The webhook's URL.</summary>
    public string? Target { get; set; }

    public Guid? SubscriptionId { get; set; }
    public OutboxState State { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>A worker's claim on the message while it sends it; another worker takes it only after the lease ran out.</summary>
    public Guid? LeaseOwner { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public string? LastError { get; set; }
}

/// <summary>One failed attempt of a message (the delivery history of a webhook subscription, the errors of an email).</summary>
public sealed class OutboxAttempt
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MessageId { get; set; }
    public DateTime At { get; set; }
    public int? StatusCode { get; set; }
    public required string Error { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(m => m.EventKey).HasMaxLength(200);
        b.Property(m => m.Recipient).HasMaxLength(320);
        b.Property(m => m.EventType).HasMaxLength(100);
        b.Property(m => m.Subject).HasMaxLength(500);
        b.Property(m => m.Target).HasMaxLength(2000);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.HasIndex(m => new { m.Channel, m.EventKey, m.Recipient }).IsUnique();
        b.HasIndex(m => new { m.State, m.NextAttemptAt });
        b.HasIndex(m => m.LeaseOwner);
        b.HasIndex(m => new { m.SubscriptionId, m.CreatedAt });
    }
}

internal sealed class OutboxAttemptConfiguration : IEntityTypeConfiguration<OutboxAttempt>
{
    public void Configure(EntityTypeBuilder<OutboxAttempt> b)
    {
        b.ToTable("OutboxAttempts");
        b.Property(a => a.Error).HasMaxLength(1000);
        b.HasIndex(a => a.MessageId);
    }
}

/// <summary>An address that receives signed calls (Standard Webhooks) for the events it chose.</summary>
public sealed class WebhookSubscription : IVersioned, Grassroots.Web.Platform.Audit.IAudited
{
    int? Grassroots.Web.Platform.Audit.IAudited.AuditUnitId => null;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Url { get; set; }

    /// <summary>The event types, separated by spaces ("petition.received petition.answered").</summary>
    public required string Events { get; set; }

    /// <summary>"whsec_" and the base64 of 32 random bytes: the key of the HMAC-SHA256 signature.</summary>
    [Grassroots.Web.Platform.Audit.Confidential]
    public required string Secret { get; set; }

    public string? Description { get; set; }
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    public IEnumerable<string> EventList => Events.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.ToTable("WebhookSubscriptions");
        b.Property(s => s.Url).HasMaxLength(2000);
        b.Property(s => s.Events).HasMaxLength(1000);
        b.Property(s => s.Secret).HasMaxLength(100);
        b.Property(s => s.Description).HasMaxLength(500);
        b.Ignore(s => s.EventList);
    }
}
