using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Platform.Audit;

public enum AuditAction
{
    Create,
    Update,
    Delete,

    /// <summary>A read of data marked confidential (a denouncer's identity, an account's personal details).</summary>
    ConfidentialRead,

    SignIn,
    SignInFailed,
}

/// <summary>One row of the append-only audit log: who, when, which unit, what, before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public int? UnitId { get; set; }
    public AuditAction Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Reason { get; set; }
    public string? IpAddress { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(e => e.UserName).HasMaxLength(FieldLength.UserName);
        b.Property(e => e.EntityType).HasMaxLength(FieldLength.Label);
        b.Property(e => e.EntityId).HasMaxLength(FieldLength.Label);
        b.Property(e => e.Reason).HasMaxLength(FieldLength.Note);
        b.Property(e => e.IpAddress).HasMaxLength(FieldLength.Hash);
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.UnitId, e.At });
        b.HasIndex(e => new { e.UserId, e.At });
    }
}
