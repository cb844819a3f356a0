using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>Where an entered value came from.</summary>
public enum ValueOrigin
{
    Form,
    Api,
    Spreadsheet,
    Demo,

    /// <summary>Read from a report of the time and accepted by an officer (LegacyReports); <see cref="IndicatorValue.SourceDocumentId"/> names the report.</summary>
    Imported,
}

/// <summary>A value a unit entered for an indicator and a period (its own level's activity, not its sub-units').</summary>
public sealed class IndicatorValue : AggregateRoot, IAudited
{
    /// <summary>Keys are short, dotted and stable ("onestop.received"): the catalogue refuses a longer one.</summary>
    public const int KeyMaxLength = 80;

    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public required string Key { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public decimal Value { get; set; }
    public ValueOrigin Origin { get; set; }

    /// <summary>The imported report the value was read from (<see cref="ValueOrigin.Imported"/>), else null.</summary>
    public Guid? SourceDocumentId { get; set; }
    public required string EnteredBy { get; set; }
    public DateTime EnteredAt { get; set; }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> b)
    {
        b.ToTable("IndicatorValues");
        b.Property(v => v.Key).HasMaxLength(IndicatorValue.KeyMaxLength);
        b.Property(v => v.EnteredBy).HasMaxLength(FieldLength.Name);
        b.Property(v => v.Value).HasPrecision(18, 4);
        b.HasIndex(v => new { v.UnitId, v.Key, v.From, v.To }).IsUnique();
        b.HasIndex(v => new { v.To, v.From });
        b.HasOne(v => v.Unit).WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
