using Grassroots.Web.Platform.Audit;

namespace Grassroots.Web.Modules.Petitions.Handle;

public sealed record RevealRequest(string? Reason);

/// <summary>
/// Shows a denouncer's identity to a person the law allows (the head of the competent unit), with the
/// reason written to the audit log. LTC Điều 9, 47: it is kept secret from everyone else.
/// </summary>
public sealed class RevealIdentity(AppDbContext db, PetitionAccess access, IdentityProtector protector, AuditRecorder audit)
{
    public async Task<DenouncerIdentity> HandleAsync(Guid id, RevealRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Reason, "reason", FieldLength.Note)
            .Require((r.Reason?.Trim().Length ?? 0) >= 10, "reason", "Petition.RevealReason")
            .ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.RevealConfidential, ct);
        if (petition.ProtectedIdentity is null)
        {
            throw DomainException.NotFound("Petition.NoIdentity");
        }
        db.AuditEntries.Add(audit.ConfidentialRead(petition.UnitId, nameof(Petition), petition.Id.ToString(), Text.Clean(r.Reason)));
        await db.SaveChangesAsync(ct);
        return protector.Unprotect(petition.ProtectedIdentity);
    }
}
