namespace Grassroots.Web.Modules.Petitions.Register;

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, bool IsConfidential, DateTime UploadedAt);

/// <summary>
/// Adds a file to a letter: the citizen right after sending it, or an officer. Only PDF, JPEG, PNG and Word documents,
/// judged by <see cref="FileUploads"/>, up to 10 MB and 5 a letter; a denunciation's files are encrypted.
/// </summary>
[Scoped]
public sealed class AttachFile(AppDbContext db, PetitionAccess access, AttachmentProtector protector, TimeProvider clock)
{
    /// <summary>Only PDF, JPEG, PNG and Word documents, recognised by their own bytes, up to 10 MB.</summary>
    public static readonly UploadPolicy Policy = new(PetitionAttachment.MaxBytes,
        [FileKind.Pdf, FileKind.Jpg, FileKind.Jpeg, FileKind.Png, FileKind.Docx], "Attachment.Type");

    public async Task<AttachmentDto> FromPublicAsync(string trackingCode, IFormFile? file, CancellationToken ct)
    {
        var code = Text.Clean(trackingCode).ToUpperInvariant();
        var petition = await db.Set<Petition>().FirstOrDefaultAsync(p => p.TrackingCode == code, ct)
            ?? throw DomainException.NotFound("Petition.TrackingNotFound", code);
        // The sender adds files while the letter waits to be sorted, not afterwards.
        if (petition.Status != PetitionStatus.Received || petition.Channel != PetitionChannel.Portal)
        {
            throw DomainException.Conflict("Attachment.Closed");
        }
        return await AddAsync(petition, file, ct);
    }

    public async Task<AttachmentDto> FromOfficerAsync(Guid id, IFormFile? file, CancellationToken ct) =>
        await AddAsync(await access.LoadAsync(id, Permission.Edit, ct), file, ct);

    private async Task<AttachmentDto> AddAsync(Petition petition, IFormFile? upload, CancellationToken ct)
    {
        var file = await FileUploads.ReadAsync(upload, Policy, ct);
        if (await db.Set<PetitionAttachment>().CountAsync(a => a.PetitionId == petition.Id, ct) >= PetitionAttachment.MaxPerLetter)
        {
            throw DomainException.Conflict("Attachment.TooMany", PetitionAttachment.MaxPerLetter);
        }
        var bytes = file.Content;
        var confidential = petition.Kind == PetitionKind.Denunciation;
        var attachment = new PetitionAttachment
        {
            PetitionId = petition.Id,
            FileName = file.FileName,
            ContentType = file.ContentType,
            Size = bytes.Length,
            IsConfidential = confidential,
            Content = confidential ? protector.Protect(bytes) : bytes,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(ct);
        return new AttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.IsConfidential, attachment.UploadedAt);
    }
}
