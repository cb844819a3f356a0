namespace Grassroots.Web.Modules.Petitions.Statistics;

/// <summary>
/// A letter counts at each unit of the subtree (and the units merged into it) that received it in the
/// period — registered there or transferred in — with the outcome it had there: its own status where it is now,
/// handled otherwise (transferred) where it was before.
/// </summary>
public sealed class PetitionStatistics(AppDbContext db, UnitLineage lineage)
{
    public async Task<PetitionStatisticsDto> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await HandleManyAsync([unit], from, to, ct))[unit.Id];

    /// <summary>The figures of several units from one pass over the period's records (a consolidated report's table).</summary>
    public async Task<Dictionary<int, PetitionStatisticsDto>> HandleManyAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var unitIds = idsOf.Values.SelectMany(ids => ids).Distinct().ToList();
        var events = db.Set<PetitionEvent>().AsNoTracking();
        var petitions = db.Set<Petition>().AsNoTracking();

        // Where each letter is now, since the day it arrived there (registered, or transferred in): its unit and
        // received date say so, and one covering index range reads them without a look-up per letter.
        var receipts = (await petitions
            .Where(p => unitIds.Contains(p.UnitId) && p.ReceivedOn >= from && p.ReceivedOn <= to)
            .Select(p => new Receipt(p.Id, p.UnitId, p.Kind, p.Status, p.CaseId, p.IsEligible, p.IsInCompetence))
            .ToListAsync(ct));

        // The units a letter was received at and then left, transferred on (few).
        var left = (await events
            .Where(e => e.Kind == PetitionEventKind.TransferredOut && e.On >= from && unitIds.Contains(e.UnitId))
            .Select(e => new { e.PetitionId, e.UnitId }).ToListAsync(ct))
            .Select(e => (e.PetitionId, e.UnitId)).ToHashSet();
        // Those earlier receipts count too, at the unit that left them: every receipt of a moved letter but its last.
        foreach (var moved in left.Select(l => l.PetitionId).Distinct().Chunk(500))
        {
            var earlier = await events
                .Where(e => moved.Contains(e.PetitionId) && (e.Kind == PetitionEventKind.Registered || e.Kind == PetitionEventKind.TransferredIn))
                .Join(petitions, e => e.PetitionId, p => p.Id, (e, p) => new { e.Id, e.On, Receipt = new Receipt(p.Id, e.UnitId, p.Kind, p.Status, p.CaseId, p.IsEligible, p.IsInCompetence) })
                .ToListAsync(ct);
            receipts.AddRange(earlier
                .GroupBy(e => e.Receipt.PetitionId)
                .SelectMany(letter => letter.OrderBy(e => e.Id).SkipLast(1))
                .Where(e => e.On >= from && e.On <= to && unitIds.Contains(e.Receipt.ReceivedAt))
                .Select(e => e.Receipt));
        }

        // A set look-up instead of a sub-query per letter.
        var late = (await db.Set<PetitionDeadline>().AsNoTracking()
            // DueOn >= from follows from StartedOn >= from; said aloud, it bounds the index range to the period onwards.
            .Where(d => d.State == DeadlineState.Met && d.DueOn >= from && d.StartedOn >= from && d.EndedOn > d.DueOn)
            .Select(d => d.PetitionId).ToListAsync(ct)).ToHashSet();

        // Each unit tallies the receipts of its own subtree's units: one pass over them, however many units.
        var receivedAt = receipts.ToLookup(r => r.ReceivedAt);
        return units.ToDictionary(u => u.Id, u =>
        {
            var tally = new Tally();
            foreach (var r in idsOf[u.Id].SelectMany(id => receivedAt[id]))
            {
                tally.Add(r, late.Contains(r.PetitionId), left.Contains((r.PetitionId, r.ReceivedAt)) ? Outcome.HandledOtherwise : OutcomeOf(r.Status));
            }
            return tally.Figures(u, from, to);
        });
    }

    private sealed record Receipt(Guid PetitionId, int ReceivedAt, PetitionKind Kind, PetitionStatus Status, Guid CaseId, bool? IsEligible, bool? IsInCompetence);

    /// <summary>The figures in one pass: counters for letters, and for cases the sets each case was seen in.</summary>
    private sealed class Tally
    {
        [Flags]
        private enum Seen : byte
        {
            Received = 1,
            InCompetence = 2,
            Resolved = 4,
        }

        private readonly Dictionary<Guid, Seen> _cases = [];
        // By name, not by position: a value no version of the platform defines (written into the database by hand, or
        // by a future version) counts in the totals and in no kind, instead of breaking the figures of the whole tree.
        private readonly Dictionary<PetitionKind, int> _byKind = Enum.GetValues<PetitionKind>().ToDictionary(k => k, _ => 0);
        private readonly int[] _byOutcome = new int[Enum.GetValues<Outcome>().Length];
        private int _letters, _eligible, _notEligible, _inCompetence, _resolvedInCompetence, _resolvedLate;

        public void Add(Receipt r, bool late, Outcome outcome)
        {
            _letters++;
            if (_byKind.TryGetValue(r.Kind, out var ofKind))
            {
                _byKind[r.Kind] = ofKind + 1;
            }
            _byOutcome[(int)outcome]++;
            _eligible += r.IsEligible == true ? 1 : 0;
            _notEligible += r.IsEligible == false ? 1 : 0;
            var seen = Seen.Received;
            if (r.IsInCompetence == true && outcome != Outcome.HandledOtherwise)
            {
                _inCompetence++;
                _resolvedInCompetence += outcome == Outcome.Resolved ? 1 : 0;
                seen |= Seen.InCompetence;
            }
            if (outcome == Outcome.Resolved)
            {
                _resolvedLate += late ? 1 : 0;
                seen |= Seen.Resolved;
            }
            _cases[r.CaseId] = _cases.GetValueOrDefault(r.CaseId) | seen;
        }

        public PetitionStatisticsDto Figures(Unit unit, DateOnly from, DateOnly to)
        {
            int Cases(Seen set) => _cases.Values.Count(s => (s & set) != 0);
            var resolved = _byOutcome[(int)Outcome.Resolved];
            return new PetitionStatisticsDto(unit.Code, from, to,
                new LettersAndCases(_letters, _cases.Count), new Dictionary<PetitionKind, int>(_byKind),
                _eligible, _notEligible,
                new LettersAndCases(_inCompetence, Cases(Seen.InCompetence)), _resolvedInCompetence,
                new LettersAndCases(resolved, Cases(Seen.Resolved)), resolved - _resolvedLate, _resolvedLate,
                _byOutcome[(int)Outcome.InProgress], _byOutcome[(int)Outcome.NotYetHandled], _byOutcome[(int)Outcome.HandledOtherwise],
                _inCompetence == 0 ? null : Math.Round(100.0 * _resolvedInCompetence / _inCompetence, 2));
        }
    }

    private enum Outcome
    {
        NotYetHandled,
        InProgress,
        Resolved,
        HandledOtherwise,
    }

    private static Outcome OutcomeOf(PetitionStatus status) => status switch
    {
        PetitionStatus.Received or PetitionStatus.Classified => Outcome.NotYetHandled,
        PetitionStatus.Accepted => Outcome.InProgress,
        PetitionStatus.Resolved or PetitionStatus.Closed => Outcome.Resolved,
        PetitionStatus.Transferred or PetitionStatus.Guided or PetitionStatus.Filed => Outcome.HandledOtherwise,
        _ => Outcome.NotYetHandled, // a status no version defines: counted as still waiting, the safe side for a report
    };
}
