using Grassroots.Web.Modules.Registers.DanVan;
using Grassroots.Web.Modules.Registers.Mediation;
using Grassroots.Web.Modules.Registers.Outreach;
using Grassroots.Web.Modules.Registers.Workplaces;

namespace Grassroots.Web.Modules.Registers;

/// <summary>The workplaces followed and those that held their conference, by kind.</summary>
public sealed record WorkplaceCounts(IReadOnlyDictionary<WorkplaceKind, int> Followed, IReadOnlyDictionary<WorkplaceKind, int> Held, int Dialogues);

/// <summary>
/// The workplaces of units' subtrees (and of the units merged into them) for a period, in one read: those followed by the
/// period's end whose unit still existed when it began, and those whose conference was held in it.
/// </summary>
[Scoped]
public sealed class WorkplaceFigures(AppDbContext db, UnitLineage lineage)
{
    public async Task<Dictionary<int, WorkplaceCounts>> CountsAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var all = idsOf.Values.SelectMany(x => x).Distinct().ToList();
        // A workplace is followed from its day until its unit ends (a district's agencies, dissolved with it on 1/7/2025).
        var rows = await db.Set<Workplace>().AsNoTracking().Where(w => w.Since <= to && all.Contains(w.UnitId))
            .Where(w => w.Unit!.ValidTo == null || w.Unit.ValidTo > from)
            .Select(w => new
            {
                w.UnitId, w.Kind,
                Held = w.Conferences.Any(c => c.HeldOn >= from && c.HeldOn <= to),
                Dialogues = w.Dialogues.Count(d => d.HeldOn >= from && d.HeldOn <= to),
            })
            .GroupBy(w => new { w.UnitId, w.Kind, w.Held })
            .Select(g => new { g.Key.UnitId, g.Key.Kind, g.Key.Held, Count = g.Count(), Dialogues = g.Sum(x => x.Dialogues) })
            .ToListAsync(ct);
        return units.ToDictionary(u => u.Id, u =>
        {
            var mine = rows.Where(r => idsOf[u.Id].Contains(r.UnitId)).ToList();
            return new WorkplaceCounts(
                mine.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
                mine.Where(r => r.Held).GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
                mine.Sum(r => r.Dialogues));
        });
    }
}

/// <summary>
/// The registers' figures for units and a period, each a count of records: the mediation cases received in the period and
/// what became of them, the teams recognised by its end, the sessions and classes held in it, the models recognised and
/// replicated in it, the workplaces followed and those that held their conference. One read per register for a whole table.
/// </summary>
[Scoped]
public sealed class RegisterFigures(AppDbContext db, UnitLineage lineage, WorkplaceFigures workplaces)
{
    public async Task<Dictionary<int, Dictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var all = idsOf.Values.SelectMany(x => x).Distinct().ToList();

        var cases = await db.Set<MediationCase>().AsNoTracking().Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to && all.Contains(c.UnitId))
            .GroupBy(c => new { c.UnitId, c.Status }).Select(g => new { g.Key.UnitId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var teams = await db.Set<MediationTeam>().AsNoTracking().Where(t => t.RecognisedOn <= to && all.Contains(t.UnitId))
            .GroupBy(t => t.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var sessions = await db.Set<OutreachSession>().AsNoTracking().Where(s => s.HeldOn >= from && s.HeldOn <= to && all.Contains(s.UnitId))
            .GroupBy(s => new { s.UnitId, s.Kind })
            .Select(g => new { g.Key.UnitId, g.Key.Kind, Count = g.Count(), People = g.Sum(s => s.People), Attendances = g.Sum(s => s.Attendances) })
            .ToListAsync(ct);
        var classes = await db.Set<TrainingClass>().AsNoTracking().Where(c => c.StartsOn >= from && c.StartsOn <= to && all.Contains(c.UnitId))
            .GroupBy(c => new { c.UnitId, c.Organised })
            .Select(g => new
            {
                g.Key.UnitId, g.Key.Organised, Count = g.Count(), District = g.Sum(c => c.DistrictOfficials), Commune = g.Sum(c => c.CommuneOfficials),
                Others = g.Sum(c => c.Others),
            })
            .ToListAsync(ct);
        var recognised = await db.Set<ModelRecognition>().AsNoTracking().Where(r => r.DecidedOn >= from && r.DecidedOn <= to)
            .Join(db.Set<DanVanModel>().Where(m => all.Contains(m.UnitId)), r => r.ModelId, m => m.Id, (r, m) => new { m.UnitId, r.ModelId })
            .Distinct().ToListAsync(ct);
        var replicated = await db.Set<ModelReplication>().AsNoTracking().Where(r => r.StartedOn >= from && r.StartedOn <= to && all.Contains(r.UnitId))
            .GroupBy(r => r.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var places = await workplaces.CountsAsync(units, from, to, ct);

        return units.ToDictionary(u => u.Id, u =>
        {
            var ids = idsOf[u.Id];
            var myCases = cases.Where(c => ids.Contains(c.UnitId)).ToList();
            int Cases(CaseStatus? s) => myCases.Where(c => s is null || c.Status == s).Sum(c => c.Count);
            var mySessions = sessions.Where(s => ids.Contains(s.UnitId)).ToList();
            var propaganda = mySessions.Where(s => s.Kind == OutreachKind.Propaganda).ToList();
            var myClasses = classes.Where(c => ids.Contains(c.UnitId)).ToList();
            var held = myClasses.Where(c => c.Organised).ToList();
            var sent = myClasses.Where(c => !c.Organised).ToList();
            var w = places[u.Id];
            int Followed(WorkplaceKind k) => w.Followed.GetValueOrDefault(k);
            int Held(WorkplaceKind k) => w.Held.GetValueOrDefault(k);
            return new Dictionary<string, decimal>
            {
                [RegisterIndicators.Mediation.Received] = Cases(null),
                [RegisterIndicators.Mediation.Successful] = Cases(CaseStatus.Successful),
                [RegisterIndicators.Mediation.Failed] = Cases(CaseStatus.Failed),
                [RegisterIndicators.Mediation.Pending] = Cases(CaseStatus.Ongoing),
                [RegisterIndicators.Mediation.Withdrawn] = Cases(CaseStatus.Withdrawn),
                [RegisterIndicators.Mediation.Teams] = teams.Where(t => ids.Contains(t.UnitId)).Sum(t => t.Count),
                [RegisterIndicators.Training.PropagandaSessions] = propaganda.Sum(s => s.Count),
                [RegisterIndicators.Training.PropagandaPeople] = propaganda.Sum(s => s.People),
                [RegisterIndicators.Training.PropagandaAttendances] = propaganda.Sum(s => s.Attendances),
                [RegisterIndicators.Training.LegalAidTrips] = mySessions.Where(s => s.Kind == OutreachKind.LegalAid).Sum(s => s.Count),
                [RegisterIndicators.Training.Classes] = held.Sum(c => c.Count),
                [RegisterIndicators.Training.Participants] = held.Sum(c => c.District + c.Commune + c.Others),
                [RegisterIndicators.Training.PeopleSent] = sent.Sum(c => c.District + c.Commune + c.Others),
                [RegisterIndicators.Training.DistrictOfficials] = sent.Sum(c => c.District),
                [RegisterIndicators.Training.CommuneOfficials] = sent.Sum(c => c.Commune),
                [RegisterIndicators.Models.DanVanKheo] = recognised.Where(r => ids.Contains(r.UnitId)).Select(r => r.ModelId).Distinct().Count(),
                [RegisterIndicators.Models.Replications] = replicated.Where(r => ids.Contains(r.UnitId)).Sum(r => r.Count),
                [RegisterIndicators.Workplace.Agencies] = Followed(WorkplaceKind.Agency) + Followed(WorkplaceKind.PublicServiceUnit),
                [RegisterIndicators.Workplace.AgenciesHeld] = Held(WorkplaceKind.Agency) + Held(WorkplaceKind.PublicServiceUnit),
                [RegisterIndicators.Workplace.PrivateEnterprises] = Followed(WorkplaceKind.PrivateEnterprise),
                [RegisterIndicators.Workplace.PrivateHeld] = Held(WorkplaceKind.PrivateEnterprise),
                [RegisterIndicators.Workplace.StateEnterprises] = Followed(WorkplaceKind.StateEnterprise),
                [RegisterIndicators.Workplace.StateHeld] = Held(WorkplaceKind.StateEnterprise),
                [RegisterIndicators.Workplace.ForeignEnterprises] = Followed(WorkplaceKind.ForeignInvested),
                [RegisterIndicators.Workplace.ForeignHeld] = Held(WorkplaceKind.ForeignInvested),
                [RegisterIndicators.Workplace.Dialogues] = w.Dialogues,
            };
        });
    }
}
