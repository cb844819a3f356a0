using Grassroots.Web.Platform.Audit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>
/// A file sent with a letter. The bytes live in the database (one place to back up). A file of a
/// denunciation may reveal the denouncer (handwriting, a signed page): it is encrypted and shown only
/// with the identity, to whom the law allows.
/// </summary>
public sealed class PetitionAttachment : IAudited, IAggregatePart
{
    (Type Type, object Key) IAggregatePart.Root => (typeof(Petition), PetitionId);

    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxPerLetter = 5;

    int? IAudited.AuditUnitId => null;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PetitionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public bool IsConfidential { get; set; }

    [Confidential]
    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }
}

internal sealed class PetitionAttachmentConfiguration : IEntityTypeConfiguration<PetitionAttachment>
{
    public void Configure(EntityTypeBuilder<PetitionAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(FieldLength.Name);
        b.Property(a => a.ContentType).HasMaxLength(FieldLength.Label);
        b.HasIndex(a => a.PetitionId);
    }
}

/// <summary>The bytes of a denunciation's files, encrypted with the platform's data-protection keys like the denouncer's identity.</summary>
public sealed class AttachmentProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Grassroots.Petitions.Attachment.v1");

    public byte[] Protect(byte[] content) => _protector.Protect(content);

    public byte[] Unprotect(byte[] content) => _protector.Unprotect(content);
}
