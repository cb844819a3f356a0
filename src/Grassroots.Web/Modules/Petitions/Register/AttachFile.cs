using Grassroots.Web.Platform.Audit;
using Grassroots.Web.Platform.Files;
using Microsoft.AspNetCore.DataProtection;

namespace Grassroots.Web.Modules.Petitions.Register;

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, bool IsConfidential, DateTime UploadedAt);

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Adds a file to a letter (the citizen right after sending it, or an officer) and gives it back to those who may
/// see it. Only PDF, JPEG, PNG and Word documents, judged by <see cref="FileUploads"/>, up to 10 MB and 5 a letter.
/// </summary>
public sealed class AttachFile(AppDbContext db, PetitionAccess access, IDataProtectionProvider protection, AuditRecorder audit, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Grassroots.Petitions.Attachment.v1");

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
            Content = confidential ? _protector.Protect(bytes) : bytes,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(ct);
        return ToDto(attachment);
    }

    public async Task<List<AttachmentDto>> ListAsync(Guid petitionId, CancellationToken ct)
    {
        await access.LoadAsync(petitionId, Permission.View, ct);
        return await db.Set<PetitionAttachment>().AsNoTracking().Where(a => a.PetitionId == petitionId).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.IsConfidential, a.UploadedAt)).ToListAsync(ct);
    }

    /// <summary>A denunciation's file is given only to those who may see the identity, with the reason audited.</summary>
    public async Task<AttachmentFile> ReadAsync(Guid petitionId, Guid attachmentId, string? reason, CancellationToken ct)
    {
        var petition = await access.LoadAsync(petitionId, Permission.View, ct);
        var a = await db.Set<PetitionAttachment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.PetitionId == petitionId, ct)
            ?? throw DomainException.NotFound("Attachment.NotFound");
        if (!a.IsConfidential)
        {
            return new AttachmentFile(a.FileName, a.ContentType, a.Content);
        }
        await access.LoadAsync(petitionId, Permission.RevealConfidential, ct);
        if ((reason?.Trim().Length ?? 0) < 10)
        {
            throw new DomainException(400, "Validation.Failed") { FieldErrors = new Dictionary<string, string[]> { ["reason"] = ["Petition.RevealReason"] } };
        }
        db.AuditEntries.Add(audit.ConfidentialRead(petition.UnitId, nameof(PetitionAttachment), a.Id.ToString(), Text.Clean(reason)));
        await db.SaveChangesAsync(ct);
        return new AttachmentFile(a.FileName, a.ContentType, _protector.Unprotect(a.Content));
    }

    private static AttachmentDto ToDto(PetitionAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.IsConfidential, a.UploadedAt);
}
