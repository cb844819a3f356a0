using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Kernel.Units;

public enum LineageEventKind
{
    Establish,
    Rename,
    Merge,
    Split,
    Dissolve,
}

public enum LineageLinkKind
{
    /// <summary>The records of <c>From</c> pass to <c>To</c> (a merge or split); the primary link decides.</summary>
    Succession,

    /// <summary>The unit changed its name (From = To).</summary>
    Rename,

    /// <summary>The unit moved to another parent (From = To): villages of merged communes move to the new commune.</summary>
    Reparent,
}

/// <summary>A change to the tree decided by a legal document, effective on a date (sáp nhập, chia tách, đổi tên).</summary>
public sealed class LineageEvent : IAudited
{
    int? IAudited.AuditUnitId => null;

    public int Id { get; set; }
    public LineageEventKind Kind { get; set; }
    public DateOnly EffectiveDate { get; set; }

    /// <summary>The deciding document, e.g. "Nghị quyết 1670/NQ-UBTVQH15".</summary>
    public string? Reference { get; set; }

    public string? Note { get; set; }
    public DateTime RecordedAt { get; set; }
    public List<LineageLink> Links { get; set; } = [];
}

public sealed class LineageLink : IAudited
{
    int? IAudited.AuditUnitId => ToUnitId;

    public int Id { get; set; }
    public int EventId { get; set; }
    public LineageEvent? Event { get; set; }
    public LineageLinkKind Kind { get; set; }
    public int FromUnitId { get; set; }
    public Unit? FromUnit { get; set; }
    public int ToUnitId { get; set; }
    public Unit? ToUnit { get; set; }

    /// <summary>For a succession: this successor inherits the records (exactly one per predecessor and event).</summary>
    public bool IsPrimary { get; set; }

    public string? OldName { get; set; }
    public string? NewName { get; set; }
    public int? OldParentId { get; set; }
    public int? NewParentId { get; set; }
}

internal sealed class LineageEventConfiguration : IEntityTypeConfiguration<LineageEvent>
{
    public void Configure(EntityTypeBuilder<LineageEvent> b)
    {
        b.ToTable("LineageEvents");
        b.Property(e => e.Reference).HasMaxLength(FieldLength.Name);
        b.Property(e => e.Note).HasMaxLength(FieldLength.Paragraph);
        b.HasMany(e => e.Links).WithOne(l => l.Event).HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.EffectiveDate);
    }
}

internal sealed class LineageLinkConfiguration : IEntityTypeConfiguration<LineageLink>
{
    public void Configure(EntityTypeBuilder<LineageLink> b)
    {
        b.ToTable("LineageLinks");
        b.Property(l => l.OldName).HasMaxLength(Unit.NameMaxLength);
        b.Property(l => l.NewName).HasMaxLength(Unit.NameMaxLength);
        b.HasOne(l => l.FromUnit).WithMany().HasForeignKey(l => l.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.ToUnit).WithMany().HasForeignKey(l => l.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => new { l.FromUnitId, l.Kind });
        b.HasIndex(l => new { l.ToUnitId, l.Kind });
    }
}
