namespace Grassroots.Web.Modules.LegacyReports;

/// <summary>What the review and the acceptance share: the report loaded with its figures, the caller's right to change
/// it, the version the caller read (checked by the database at the save), and no change once it is accepted.</summary>
[Scoped]
public sealed class LegacyReportChanges(AppDbContext db, UnitScope scope)
{
    public async Task<LegacyReport> LoadAsync(Guid id, int version, CancellationToken ct)
    {
        var doc = await db.Set<LegacyReport>().Include(x => x.Unit).Include(x => x.Figures).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("LegacyReports.NotFound");
        await scope.RequireAsync(doc.Unit!, Permission.Edit, ct);
        db.Entry(doc).Property(x => x.Version).OriginalValue = version;
        if (doc.Status == LegacyReportStatus.Accepted) throw DomainException.Conflict("LegacyReports.AlreadyAccepted");
        return doc;
    }
}
