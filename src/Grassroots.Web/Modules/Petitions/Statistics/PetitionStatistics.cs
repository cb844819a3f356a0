using Grassroots.Web.Modules.Directory;
using Grassroots.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Petitions.Statistics;

/// <summary>Counts are always "letters / cases" (đơn/vụ).</summary>
public sealed record LettersAndCases(int Letters, int Cases);

/// <summary>
/// The petition figures the seed reports print for a unit and period: received by kind, eligible or not,
/// within competence, resolved (on time / late), in progress, not yet handled, handled otherwise
/// (transferred, guided, filed), and the resolution rate = resolved ÷ within competence (a ratio of sums).
/// </summary>
public sealed record PetitionStatisticsDto(string UnitCode, DateOnly From, DateOnly To,
    LettersAndCases Received, IReadOnlyDictionary<PetitionKind, int> ReceivedByKind, int Eligible, int NotEligible,
    LettersAndCases InCompetence, int ResolvedInCompetence, LettersAndCases Resolved, int ResolvedOnTime, int ResolvedLate, int InProgress, int NotYetHandled,
    int HandledOtherwise, double? ResolutionRate);

/// <summary>
/// A letter counts at each unit of the subtree (and the units merged into it) that received it in the
/// period — registered there or transferred in — with the outcome it had there.
/// </summary>
public sealed class PetitionStatistics(AppDbContext db, UnitLineage lineage)
{
    public async Task<PetitionStatisticsDto> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var paths = await lineage.RollUpPathsAsync(unit, ct);
        var units = db.Units.Where(UnitPaths.Within<Unit>(u => u.Path, paths)).Select(u => u.Id);
        var unitIds = await units.ToListAsync(ct);
        var events = db.Set<PetitionEvent>().AsNoTracking();
        var receipts = await events
            .Where(e => (e.Kind == PetitionEventKind.Registered || e.Kind == PetitionEventKind.TransferredIn)
                && e.On >= from && e.On <= to && unitIds.Contains(e.UnitId))
            .Join(db.Set<Petition>(), e => e.PetitionId, p => p.Id, (e, p) => new
            {
                e.PetitionId,
                ReceivedAt = e.UnitId,
                p.Kind,
                p.Status,
                p.CaseId,
                p.IsEligible,
                p.IsInCompetence,
            })
            .ToListAsync(ct);
        // Two set look-ups instead of a sub-query per letter.
        var late = (await db.Set<PetitionDeadline>().AsNoTracking()
            // DueOn >= from follows from StartedOn >= from; said aloud, it bounds the index range to the period onwards.
            .Where(d => d.State == DeadlineState.Met && d.DueOn >= from && d.StartedOn >= from && d.EndedOn > d.DueOn)
            .Select(d => d.PetitionId).ToListAsync(ct)).ToHashSet();
        var left = (await events
            .Where(e => e.Kind == PetitionEventKind.TransferredOut && e.On >= from && unitIds.Contains(e.UnitId))
            .Select(e => new { e.PetitionId, e.UnitId }).ToListAsync(ct))
            .Select(e => (e.PetitionId, e.UnitId)).ToHashSet();

        var rows = receipts.Select(r => new
        {
            r.PetitionId,
            r.Kind,
            r.CaseId,
            r.IsEligible,
            r.IsInCompetence,
            Late = late.Contains(r.PetitionId),
            Outcome = left.Contains((r.PetitionId, r.ReceivedAt)) ? Outcome.HandledOtherwise : OutcomeOf(r.Status),
        }).ToList();
        static LettersAndCases Count<T>(IReadOnlyCollection<T> xs, Func<T, Guid> caseOf) => new(xs.Count, xs.Select(caseOf).Distinct().Count());
        var inCompetence = rows.Where(r => r.IsInCompetence == true && r.Outcome != Outcome.HandledOtherwise).ToList();
        var resolved = rows.Where(r => r.Outcome == Outcome.Resolved).ToList();
        var resolvedInCompetence = inCompetence.Count(r => r.Outcome == Outcome.Resolved);
        return new PetitionStatisticsDto(unit.Code, from, to,
            Count(rows, r => r.CaseId), Enum.GetValues<PetitionKind>().ToDictionary(k => k, k => rows.Count(r => r.Kind == k)),
            rows.Count(r => r.IsEligible == true), rows.Count(r => r.IsEligible == false),
            Count(inCompetence, r => r.CaseId), resolvedInCompetence, Count(resolved, r => r.CaseId), resolved.Count(r => !r.Late), resolved.Count(r => r.Late),
            rows.Count(r => r.Outcome == Outcome.InProgress), rows.Count(r => r.Outcome == Outcome.NotYetHandled),
            rows.Count(r => r.Outcome == Outcome.HandledOtherwise),
            inCompetence.Count == 0 ? null : Math.Round(100.0 * resolvedInCompetence / inCompetence.Count, 2));
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
    };
}
