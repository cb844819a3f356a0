using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Kernel.Calendar;

/// <summary>
/// A day the year's government decision sets apart from the computed calendar: a day off (a bridge day,
/// a moved Tết day) or a working day (a Saturday worked in exchange).
/// </summary>
public sealed class CalendarOverride : AggregateRoot, IAudited
{
    public const int NameMaxLength = FieldLength.Name;

    int? IAudited.AuditUnitId => null;

    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public bool IsDayOff { get; set; }
    public required string Name { get; set; }

    /// <summary>The deciding document, e.g. "Công văn 7152/BNV-CVL ngày 19/10/2024".</summary>
    public string? Reference { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class CalendarOverrideConfiguration : IEntityTypeConfiguration<CalendarOverride>
{
    public void Configure(EntityTypeBuilder<CalendarOverride> b)
    {
        b.ToTable("CalendarOverrides");
        b.HasIndex(o => o.Date).IsUnique();
        b.Property(o => o.Name).HasMaxLength(CalendarOverride.NameMaxLength);
        b.Property(o => o.Reference).HasMaxLength(FieldLength.Name);
    }
}
