namespace Grassroots.Web.Modules.Consultations;

/// <summary>What the officers' use cases share: the consultation the caller changes, within their reach.</summary>
[Scoped]
public sealed class EditableConsultations(AppDbContext db, UnitScope scope)
{
    /// <summary>The consultation with its unit: 404 when there is none, 403 out of reach.</summary>
    public async Task<Consultation> RequireAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("Consultation.NotFound");
        await scope.RequireAsync(c.Unit!, Permission.Edit, ct);
        return c;
    }
}
