namespace Grassroots.Web.Modules.Disclosure;

/// <summary>A file published by mistake comes off the disclosure; the audit log keeps its name, size and hash.</summary>
public sealed class RemoveDisclosureFile(AppDbContext db, DisclosureFiles files)
{
    public async Task HandleAsync(Guid disclosureId, Guid attachmentId, CancellationToken ct)
    {
        var disclosure = await files.LoadForEditAsync(disclosureId, ct);
        var found = await db.Set<DisclosureAttachment>().AsNoTracking().Where(a => a.Id == attachmentId && a.DisclosureId == disclosureId)
                .Select(a => new { a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedBy }).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Attachment.NotFound");
        // The bytes are not read only to be deleted: the row is removed by its key, its other columns kept for the audit log.
        var attachment = new DisclosureAttachment
        {
            Id = attachmentId,
            DisclosureId = disclosureId,
            Disclosure = disclosure,
            FileName = found.FileName,
            ContentType = found.ContentType,
            Size = found.Size,
            Sha256 = found.Sha256,
            Content = [],
            UploadedAt = found.UploadedAt,
            UploadedBy = found.UploadedBy,
        };
        db.Attach(attachment);
        db.Remove(attachment);
        await db.SaveChangesAsync(ct);
    }
}
