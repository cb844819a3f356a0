using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Petitions;

public enum PetitionEventKind
{
    Registered,
    Classified,
    Accepted,
    TransferredIn,
    TransferredOut,
    Guided,
    Filed,
    Extended,
    Suspended,
    Resumed,
    Resolved,
    Answered,
    SatisfactionGiven,
    DeadlineMissed,
    DeadlinesRecomputed,

    /// <summary>A verification step (xác minh): what was done and found; never shown on the public page.</summary>
    Verified,

    /// <summary>A denunciation not settled in time, reported to the superior of its handler (LTC Điều 38); <see cref="PetitionEvent.UnitId"/> is the superior.</summary>
    Escalated,
}

/// <summary>
/// One step in a letter's history. <see cref="Note"/> is what the public tracking page may show; nothing
/// that names the petitioner goes in it.
/// </summary>
public sealed class PetitionEvent : IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(Petition), PetitionId);

    public long Id { get; set; }
    public Guid PetitionId { get; set; }
    public DateTime At { get; set; }
    public DateOnly On { get; set; }
    public PetitionEventKind Kind { get; set; }

    /// <summary>The unit that acted (for a transfer: the unit the letter left or reached).</summary>
    public int UnitId { get; set; }

    public string? Note { get; set; }
    public string? ActorName { get; set; }
}

internal sealed class PetitionEventConfiguration : IEntityTypeConfiguration<PetitionEvent>
{
    public void Configure(EntityTypeBuilder<PetitionEvent> b)
    {
        b.Property(e => e.Note).HasMaxLength(FieldLength.Paragraph);
        b.Property(e => e.ActorName).HasMaxLength(FieldLength.UserName);
        b.HasIndex(e => new { e.PetitionId, e.Id });
        // Covering: the statistics find a period's receipts at a set of units without touching the table.
        b.HasIndex(e => new { e.UnitId, e.On, e.Kind, e.PetitionId });
    }
}
