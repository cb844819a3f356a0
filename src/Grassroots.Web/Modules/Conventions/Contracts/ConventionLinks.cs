
namespace Grassroots.Web.Modules.Conventions.Contracts;

/// <summary>The convention a community vote belongs to, so the vote's page can lead back to it.</summary>
public sealed record ConventionLink(Guid ConventionId, string Title, int Version);

public sealed class ConventionLinks(AppDbContext db)
{
    public Task<ConventionLink?> ForVoteAsync(Guid matterId, CancellationToken ct) =>
        db.Set<ConventionVersion>().AsNoTracking().Where(v => v.MatterId == matterId)
            .Join(db.Set<Convention>(), v => v.ConventionId, c => c.Id, (v, c) => new ConventionLink(c.Id, c.Title, v.Number))
            .FirstOrDefaultAsync(ct);
}
