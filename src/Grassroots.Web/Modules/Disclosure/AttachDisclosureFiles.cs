namespace Grassroots.Web.Modules.Disclosure;

/// <summary>Officers of the unit add files to a disclosure (<see cref="DisclosureFiles"/>): all of them or none.</summary>
public sealed class AttachDisclosureFiles(AppDbContext db, DisclosureFiles files)
{
    public async Task<List<DisclosureAttachmentDto>> HandleAsync(Guid disclosureId, IReadOnlyCollection<IFormFile> uploads, CancellationToken ct)
    {
        if (uploads.Count == 0)
        {
            throw new DomainException(StatusCodes.Status400BadRequest, "Validation.Failed")
            {
                FieldErrors = new Dictionary<string, string[]> { ["file"] = ["Validation.Required"] },
            };
        }
        var disclosure = await files.LoadForEditAsync(disclosureId, ct);
        var existing = await db.Set<DisclosureAttachment>().CountAsync(a => a.DisclosureId == disclosure.Id, ct);
        var added = await files.PrepareAsync(uploads, existing, ct);
        foreach (var attachment in added)
        {
            attachment.Disclosure = disclosure;
            db.Add(attachment);
        }
        await db.SaveChangesAsync(ct);
        return added.Select(a => new DisclosureAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy)).ToList();
    }
}
