namespace Grassroots.Web.Modules.Petitions.Handle;

/// <summary><see cref="CaseId"/> set: the letter joins that case (same unit); null: it becomes a case of its own.</summary>
public sealed record MoveToCaseRequest(Guid? CaseId);

/// <summary>
/// Links a letter to another letter's case, or unlinks it: counts are always "letters / cases". A case the letter
/// leaves empty goes with it; a letter already alone in its case stays in it.
/// </summary>
public sealed class MovePetitionToCase(AppDbContext db, PetitionAccess access, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, MoveToCaseRequest r, CancellationToken ct = default)
    {
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        var previous = petition.CaseId;
        var alone = !await db.Set<Petition>().AnyAsync(p => p.CaseId == previous && p.Id != petition.Id, ct);
        if (r.CaseId is { } caseId)
        {
            var target = await db.Set<PetitionCase>().FirstOrDefaultAsync(c => c.Id == caseId && c.UnitId == petition.UnitId, ct)
                ?? throw DomainException.NotFound("Petition.CaseNotFound");
            petition.CaseId = target.Id;
        }
        else if (!alone)
        {
            var own = new PetitionCase { UnitId = petition.UnitId, Title = petition.Subject, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Add(own);
            petition.CaseId = own.Id;
        }
        else
        {
            AppDbContext.Touch(petition); // already a case of its own: nothing to change, but a move at the same moment still loses
        }
        if (alone && petition.CaseId != previous && await db.Set<PetitionCase>().FindAsync([previous], ct) is { } empty)
        {
            db.Remove(empty);
        }
        await db.SaveChangesAsync(ct);
        return petition;
    }
}
