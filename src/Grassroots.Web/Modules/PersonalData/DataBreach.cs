using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Grassroots.Web.Platform.Audit;

namespace Grassroots.Web.Modules.PersonalData;

/// <summary>
/// A personal-data breach as the operator records it (docs/personal-data.md, Breach records): when it was found and when
/// it happened, what data and how many people, what was done, and when the authority and the people were told. The
/// authority is told within 72 hours of finding it (NĐ 13/2023 Điều 23 until 31/12/2025; the article of Luật 91/2025 and
/// NĐ 356/2025 from 1/1/2026 is **unverified**, docs/legal.md PDP-BREACH-72H).
/// </summary>
public sealed class DataBreach : AggregateRoot, IAudited
{
    /// <summary>The time to tell the authority after the breach was found (docs/legal.md PDP-BREACH-72H).</summary>
    public static readonly TimeSpan AuthorityNotice = TimeSpan.FromHours(72);

    int? IAudited.AuditUnitId => null;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime DetectedAt { get; set; }
    public DateTime? OccurredAt { get; set; }
    public required string Description { get; set; }

    /// <summary>The kinds of data concerned ("họ tên, số điện thoại người gửi đơn").</summary>
    public required string DataKinds { get; set; }
    public int? PeopleAffected { get; set; }
    public string? Measures { get; set; }
    public DateTime? AuthorityNotifiedAt { get; set; }
    public DateTime? SubjectsNotifiedAt { get; set; }
    public DateTime RecordedAt { get; set; }
    public string? RecordedBy { get; set; }

    public DateTime AuthorityDueAt => DetectedAt + AuthorityNotice;

    /// <summary>Told late, or not told and the time is over.</summary>
    public bool AuthorityLate(DateTime now) => (AuthorityNotifiedAt ?? now) > AuthorityDueAt;
}

internal sealed class DataBreachConfiguration : IEntityTypeConfiguration<DataBreach>
{
    public void Configure(EntityTypeBuilder<DataBreach> b)
    {
        b.ToTable("DataBreaches");
        b.Property(x => x.Description).HasMaxLength(FieldLength.LongText);
        b.Property(x => x.DataKinds).HasMaxLength(FieldLength.Paragraph);
        b.Property(x => x.Measures).HasMaxLength(FieldLength.LongText);
        b.Property(x => x.RecordedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(x => x.DetectedAt);
    }
}
