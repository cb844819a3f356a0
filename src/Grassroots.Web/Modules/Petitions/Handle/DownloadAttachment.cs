using Grassroots.Web.Platform.Audit;

namespace Grassroots.Web.Modules.Petitions.Handle;

/// <summary>
/// A letter's file, for whoever may see the letter. A denunciation's file may reveal the denouncer (handwriting, a
/// signed page): like the identity itself (<see cref="RevealIdentity"/>), it is given only to those who may see it,
/// with a reason written to the audit log.
/// </summary>
public sealed class DownloadAttachment(AppDbContext db, PetitionAccess access, AttachmentProtector protector, AuditRecorder audit)
{
    public async Task<FileContent> HandleAsync(Guid petitionId, Guid attachmentId, string? reason, CancellationToken ct = default)
    {
        var petition = await access.LoadAsync(petitionId, Permission.View, ct);
        var a = await db.Set<PetitionAttachment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.PetitionId == petitionId, ct)
            ?? throw DomainException.NotFound("Attachment.NotFound");
        if (!a.IsConfidential)
        {
            return new FileContent(a.FileName, a.ContentType, a.Content);
        }
        await access.LoadAsync(petitionId, Permission.RevealConfidential, ct);
        if ((reason?.Trim().Length ?? 0) < 10)
        {
            throw new DomainException(400, "Validation.Failed") { FieldErrors = new Dictionary<string, string[]> { ["reason"] = ["Petition.RevealReason"] } };
        }
        db.AuditEntries.Add(audit.ConfidentialRead(petition.UnitId, nameof(PetitionAttachment), a.Id.ToString(), Text.Clean(reason)));
        await db.SaveChangesAsync(ct);
        return new FileContent(a.FileName, a.ContentType, protector.Unprotect(a.Content));
    }
}
