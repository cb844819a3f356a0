namespace Grassroots.Web.Modules.Petitions.Handle;

/// <summary><see cref="CaseId"/> set: the letter joins that case (same unit); null: it becomes a case of its own.</summary>
public sealed record MoveToCaseRequest(Guid? CaseId);

/// <summary>Links a letter to another letter's case, or unlinks it: counts are always "letters / cases".</summary>
public sealed class MovePetitionToCase(AppDbContext db, PetitionAccess access, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, MoveToCaseRequest r, CancellationToken ct = default)
    {
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        if (r.CaseId is { } caseId)
        {
            var target = await db.Set<PetitionCase>().FirstOrDefaultAsync(c => c.Id == caseId && c.UnitId == petition.UnitId, ct)
                ?? throw DomainException.NotFound("Petition.CaseNotFound");
            petition.CaseId = target.Id;
        }
        else
        {
            var own = new PetitionCase { UnitId = petition.UnitId, Title = petition.Subject, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Add(own);
            petition.CaseId = own.Id;
        }
        await db.SaveChangesAsync(ct);
        return petition;
    }
}
