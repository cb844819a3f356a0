using Grassroots.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Disclosure;

/// <summary>The ways a disclosure reaches people (L10 Điều 12–13).</summary>
[Flags]
public enum DisclosureForms
{
    None = 0,

    /// <summary>Niêm yết tại trụ sở UBND cấp xã.</summary>
    OfficeNoticeBoard = 1,

    /// <summary>Niêm yết tại nhà văn hóa, nhà sinh hoạt cộng đồng thôn, tổ dân phố.</summary>
    CommunityHouse = 2,

    /// <summary>Hệ thống truyền thanh cấp xã.</summary>
    Loudspeaker = 4,

    /// <summary>Cổng thông tin điện tử / trang thông tin của xã.</summary>
    Portal = 8,

    /// <summary>Hội nghị, cuộc họp của cộng đồng dân cư.</summary>
    Meeting = 16,

    /// <summary>Nhóm mạng xã hội hợp pháp do cộng đồng chọn.</summary>
    MessagingGroup = 32,

    /// <summary>Thông báo bằng văn bản đến từng hộ gia đình.</summary>
    NoticeToHouseholds = 64,
}

/// <summary>
/// Whose catalogue an item belongs to: communes (L10 Điều 11, to their residents), state agencies and public service
/// units (L10, to their staff), enterprises (labour law, to their workers). <see cref="DisclosureCatalogue.AudienceOf"/>
/// says which one a unit answers to.
/// </summary>
public enum DisclosureAudience
{
    Commune,
    Agency,
    Enterprise,
}

/// <summary>
/// One kind of information the law says must be disclosed, with the minimum posting it needs. The catalogue is data,
/// edited by the administrators of the nation unit when the law changes.
/// </summary>
public sealed class DisclosureCategory : AggregateRoot, IAudited
{
    int? IAudited.AuditUnitId => null;

    public int Id { get; set; }

    /// <summary>The item number in the article's list (khoản).</summary>
    public int Number { get; set; }

    public required string Name { get; set; }

    /// <summary>The citation shown beside every verdict, e.g. "Khoản 1 Điều 11 Luật 10/2022/QH15".</summary>
    public required string Article { get; set; }

    public DisclosureAudience Audience { get; set; }

    /// <summary>Minimum posting, in calendar days (L10 Điều 13 khoản 2: 30 days unless another law says otherwise; docs/legal.md L10-13).</summary>
    public int MinimumPostingDays { get; set; }

    /// <summary>Consecutive days on the commune loudspeaker; 0 when the law does not ask for it (L10 Điều 13 khoản 3: items 7–12, ≥ 3 days).</summary>
    public int LoudspeakerDays { get; set; }

    public bool IsMandatory { get; set; } = true;

    /// <summary>What an administrator should know about the item: what was not verified against the gazette, and why a default was chosen.</summary>
    public string? Note { get; set; }

    public const int NoteMaxLength = FieldLength.Note;
}

/// <summary>A disclosure (công khai) of a unit: what, in which category, by which forms, posted from when to when.</summary>
public sealed class Disclosure : AggregateRoot, IAudited
{
    public const int TitleMaxLength = FieldLength.Title;
    public const int BodyMaxLength = FieldLength.Minutes;

    int? IAudited.AuditUnitId => UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int CategoryId { get; set; }
    public DisclosureCategory? Category { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DisclosureForms Forms { get; set; }

    /// <summary>First day of posting.</summary>
    public DateOnly PostedFrom { get; set; }

    /// <summary>Last day of posting (inclusive); null while it stays posted.</summary>
    public DateOnly? PostedTo { get; set; }

    /// <summary>Consecutive days it was read on the commune loudspeaker.</summary>
    public int LoudspeakerDays { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public List<DisclosureAttachment> Attachments { get; set; } = [];
}

/// <summary>
/// A file published with a disclosure (the budget table, the list of beneficiaries, the signed decision). The bytes
/// live in the database like a petition's files: one place to back up. Disclosures are public, so nothing is encrypted.
/// </summary>
public sealed class DisclosureAttachment : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(Disclosure), DisclosureId);

    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxPerDisclosure = 10;

    int? IAudited.AuditUnitId => Disclosure?.UnitId;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DisclosureId { get; set; }
    public Disclosure? Disclosure { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>SHA-256 of the bytes, hex: the audit log records it instead of the content.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
}

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<DisclosureCategory>, IEntityTypeConfiguration<Disclosure>,
    IEntityTypeConfiguration<DisclosureAttachment>
{
    public void Configure(EntityTypeBuilder<DisclosureCategory> b)
    {
        b.ToTable("DisclosureCategories");
        b.Property(c => c.Name).HasMaxLength(FieldLength.Line);
        b.Property(c => c.Article).HasMaxLength(FieldLength.Name);
        b.Property(c => c.Note).HasMaxLength(DisclosureCategory.NoteMaxLength);
        b.HasIndex(c => new { c.Audience, c.Number });
        b.HasData([.. DisclosureCatalogue.Commune, .. DisclosureCatalogue.Agency, .. DisclosureCatalogue.Enterprise]);
    }

    public void Configure(EntityTypeBuilder<Disclosure> b)
    {
        b.ToTable("Disclosures");
        b.Property(d => d.Title).HasMaxLength(Disclosure.TitleMaxLength);
        b.Property(d => d.Body).HasMaxLength(Disclosure.BodyMaxLength);
        b.Property(d => d.CreatedBy).HasMaxLength(FieldLength.UserName);
        b.Property(d => d.Forms).HasConversion<int>();
        b.HasIndex(d => new { d.UnitId, d.PostedFrom });
        b.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Category).WithMany().HasForeignKey(d => d.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<DisclosureAttachment> b)
    {
        b.ToTable("DisclosureAttachments");
        b.Property(a => a.FileName).HasMaxLength(Platform.Files.FileUploads.MaxFileNameLength);
        b.Property(a => a.ContentType).HasMaxLength(FieldLength.Label);
        b.Property(a => a.Sha256).HasMaxLength(FieldLength.Hash);
        b.Property(a => a.UploadedBy).HasMaxLength(FieldLength.UserName);
        b.HasIndex(a => a.DisclosureId);
        b.HasOne(a => a.Disclosure).WithMany(d => d.Attachments).HasForeignKey(a => a.DisclosureId).OnDelete(DeleteBehavior.Cascade);
    }
}
