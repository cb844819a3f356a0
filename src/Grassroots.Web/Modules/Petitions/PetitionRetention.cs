using Grassroots.Web.Modules.PersonalData.Contracts;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>
/// The retention of letters (docs/personal-data.md, Retention): a letter whose case ended — every letter of the case
/// transferred, guided, filed or answered, no second complaint against it still open — and whose case saw no step since
/// the cut-off loses the petitioner's name, address, phone and email, and a denouncer's sealed identity. The letter, its
/// dates, content and steps stay for the registers and statistics. Done in one statement per run, outside the audit of
/// changes (which would copy the cleared values into the log); the run itself is audited by <c>ApplyRetention</c>.
/// </summary>
internal sealed class PetitionRetention(AppDbContext db) : IRetentionSource
{
    private static readonly PetitionStatus[] Ended = [PetitionStatus.Transferred, PetitionStatus.Guided, PetitionStatus.Filed, PetitionStatus.Closed];

    public PersonalRecordKind Kind => PersonalRecordKind.Letter;

    public Task<int> CountDueAsync(DateOnly endedBefore, CancellationToken ct) => Due(endedBefore).CountAsync(ct);

    public Task<int> AnonymiseAsync(DateOnly endedBefore, DateOnly today, CancellationToken ct) =>
        Due(endedBefore).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.PetitionerName, (string?)null)
            .SetProperty(p => p.PetitionerAddress, (string?)null)
            .SetProperty(p => p.PetitionerPhone, (string?)null)
            .SetProperty(p => p.PetitionerEmail, (string?)null)
            .SetProperty(p => p.ProtectedIdentity, (string?)null)
            .SetProperty(p => p.AnonymisedOn, today)
            .SetProperty(p => p.Version, p => p.Version + 1), ct);

    /// <summary>The ids of the given letters whose case is still open (a letter not ended, or a second complaint against one open).</summary>
    internal static IQueryable<Guid> OpenCases(AppDbContext db)
    {
        var petitions = db.Set<Petition>();
        var open = petitions.Where(p => !Ended.Contains(p.Status));
        return open.Select(p => p.CaseId)
            .Concat(open.Where(p => p.FirstInstanceId != null).Join(petitions, s => s.FirstInstanceId, f => (Guid?)f.Id, (s, f) => f.CaseId));
    }

    private IQueryable<Petition> Due(DateOnly endedBefore)
    {
        var petitions = db.Set<Petition>();
        var open = OpenCases(db);
        var recent = db.Set<PetitionEvent>().Where(e => e.On >= endedBefore).Join(petitions, e => e.PetitionId, p => p.Id, (e, p) => p.CaseId);
        return petitions.Where(p => p.AnonymisedOn == null && p.ReceivedOn < endedBefore && !open.Contains(p.CaseId) && !recent.Contains(p.CaseId));
    }
}
