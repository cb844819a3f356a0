using Grassroots.Web.Modules.PersonalData.Contracts;

namespace Grassroots.Web.Modules.Reception;

/// <summary>
/// The retention of reception visits (docs/personal-data.md, Retention): a visit of a session held before the cut-off loses
/// the visitor's name (replaced by a dash: the log keeps its row), address and ID number — unless the letter it handed
/// over belongs to a case still open (asked of the petitions register). Cleared in one statement per batch, outside the
/// audit of changes; the run itself is audited by <c>ApplyRetention</c>.
/// </summary>
internal sealed class ReceptionRetention(AppDbContext db, IPetitionRegistry petitions) : IRetentionSource
{
    /// <summary>What a cleared name reads: the log keeps the row and its figures.</summary>
    public const string ClearedName = "—";

    public PersonalRecordKind Kind => PersonalRecordKind.ReceptionVisit;

    public async Task<int> CountDueAsync(DateOnly endedBefore, CancellationToken ct) => (await DueAsync(endedBefore, ct)).Count;

    public async Task<int> AnonymiseAsync(DateOnly endedBefore, DateOnly today, CancellationToken ct)
    {
        var due = await DueAsync(endedBefore, ct);
        var cleared = 0;
        foreach (var chunk in due.Chunk(500))
        {
            cleared += await db.Set<ReceptionVisit>().Where(v => chunk.Contains(v.Id) && v.AnonymisedOn == null).ExecuteUpdateAsync(s => s
                .SetProperty(v => v.VisitorName, ClearedName)
                .SetProperty(v => v.VisitorAddress, (string?)null)
                .SetProperty(v => v.VisitorIdNumber, (string?)null)
                .SetProperty(v => v.AnonymisedOn, today), ct);
        }
        return cleared;
    }

    private async Task<List<Guid>> DueAsync(DateOnly endedBefore, CancellationToken ct)
    {
        var candidates = await db.Set<ReceptionVisit>().AsNoTracking()
            .Where(v => v.AnonymisedOn == null)
            .Join(db.Set<ReceptionSession>().Where(s => s.HeldOn < endedBefore), v => v.SessionId, s => s.Id, (v, s) => new { v.Id, v.PetitionId })
            .ToListAsync(ct);
        var letters = candidates.Where(c => c.PetitionId is not null).Select(c => c.PetitionId!.Value).ToList();
        var open = letters.Count == 0 ? new HashSet<Guid>() : await petitions.InOpenCasesAsync(letters, ct);
        return candidates.Where(c => c.PetitionId is not { } id || !open.Contains(id)).Select(c => c.Id).ToList();
    }
}
