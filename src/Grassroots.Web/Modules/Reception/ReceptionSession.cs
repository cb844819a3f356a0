using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Reception;

public enum SessionKind
{
    /// <summary>Tiếp thường xuyên: by the reception office or officer.</summary>
    Regular,

    /// <summary>Tiếp định kỳ: by the head, on the published schedule (LTCD Điều 12–15).</summary>
    Periodic,

    /// <summary>Tiếp đột xuất: by the head, when a matter demands it.</summary>
    Unscheduled,
}

public enum VisitOutcome
{
    /// <summary>Answered or explained on the spot.</summary>
    AnsweredOnSpot,

    /// <summary>Guided to the competent body.</summary>
    Guided,

    /// <summary>A letter was received: it became a petition.</summary>
    LetterReceived,

    /// <summary>Refused under LTCD Điều 9 (intoxicated, threatening, persisting after an answer).</summary>
    Refused,
}

/// <summary>A reception session (buổi tiếp công dân) of a unit.</summary>
public sealed class ReceptionSession : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public SessionKind Kind { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Place { get; set; }

    /// <summary>Who received: the head for periodic and unscheduled sessions.</summary>
    public required string ReceivedBy { get; set; }

    public DateTime CreatedAt { get; set; }
    public List<ReceptionVisit> Visits { get; set; } = [];
}

/// <summary>
/// A visit (lượt tiếp): one or more people on one matter. Five or more on one matter is a crowd delegation
/// (đoàn đông người). Visits on the same matter share <see cref="MatterId"/> (one case, vụ việc).
/// </summary>
public sealed class ReceptionVisit : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(ReceptionSession), SessionId);

    public const int CrowdThreshold = 5;

    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public int UnitId { get; set; }
    public int People { get; set; }
    public bool IsCrowd { get; set; }
    public required string VisitorName { get; set; }
    public string? VisitorAddress { get; set; }

    /// <summary>The visitor's citizen ID card number (CCCD, 12 digits; an old CMND has 9), as the log records it.</summary>
    public string? VisitorIdNumber { get; set; }

    /// <summary>
    /// The visitor handed over a denunciation: name and address went, encrypted, to the petitions register and
    /// are not kept here (LTC Điều 9, 47), so the session, the log and its exports never show them.
    /// </summary>
    public bool IdentityProtected { get; set; }
    public required string Content { get; set; }
    public Guid MatterId { get; set; }
    public VisitOutcome Outcome { get; set; }
    public Guid? PetitionId { get; set; }
    public string? Note { get; set; }

    /// <summary>The day the retention run cleared the visitor's name, address and ID number (docs/personal-data.md, Retention).</summary>
    public DateOnly? AnonymisedOn { get; set; }
}

/// <summary>A day the head will receive citizens, published on the portal.</summary>
public sealed class ReceptionScheduleEntry : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int UnitId { get; set; }
    public DateOnly On { get; set; }
    public required string HeadName { get; set; }
    public required string Place { get; set; }
    public string? Note { get; set; }

    /// <summary>When the head starts and stops receiving (in Vietnam's time); a day published without them is all day.</summary>
    public TimeOnly? StartsAt { get; set; }
    public TimeOnly? EndsAt { get; set; }
}

internal sealed class ReceptionConfiguration : IEntityTypeConfiguration<ReceptionSession>, IEntityTypeConfiguration<ReceptionVisit>,
    IEntityTypeConfiguration<ReceptionScheduleEntry>
{
    public void Configure(EntityTypeBuilder<ReceptionSession> b)
    {
        b.Property(s => s.Place).HasMaxLength(FieldLength.Title);
        b.Property(s => s.ReceivedBy).HasMaxLength(FieldLength.Name);
        b.HasIndex(s => new { s.UnitId, s.HeldOn });
        b.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Visits).WithOne().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReceptionVisit> b)
    {
        b.Property(v => v.VisitorName).HasMaxLength(FieldLength.Name);
        b.Property(v => v.VisitorAddress).HasMaxLength(FieldLength.Title);
        b.Property(v => v.VisitorIdNumber).HasMaxLength(FieldLength.IdNumber);
        b.Property(v => v.Content).HasMaxLength(FieldLength.Text);
        b.Property(v => v.Note).HasMaxLength(FieldLength.Paragraph);
        b.HasIndex(v => v.UnitId);
        b.HasIndex(v => v.MatterId);
    }

    public void Configure(EntityTypeBuilder<ReceptionScheduleEntry> b)
    {
        b.Property(e => e.HeadName).HasMaxLength(FieldLength.Name);
        b.Property(e => e.Place).HasMaxLength(FieldLength.Title);
        b.Property(e => e.Note).HasMaxLength(FieldLength.Note);
        b.HasIndex(e => new { e.UnitId, e.On }).IsUnique();
    }
}
