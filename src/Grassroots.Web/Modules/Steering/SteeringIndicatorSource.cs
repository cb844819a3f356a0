using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Steering;

/// <summary>
/// The steering work as indicators, counted from the records: documents issued by kind, committee re-organisations,
/// inspections held and units inspected, tasks due, done and done on time (by the unit in charge). Labels:
/// <c>Indicator.{key}</c> in Resources/Steering.resx.
/// </summary>
public sealed class SteeringIndicatorSource(AppDbContext db, UnitLineage lineage) : IIndicatorSource
{
    public const string DocumentsIssued = "steering.documents_issued";
    public const string Reorganisations = "steering.reorganisations";
    public const string Meetings = "steering.meetings";
    public const string Inspections = "steering.inspections";
    public const string UnitsInspected = "steering.units_inspected";
    public const string TasksDue = "steering.tasks_due";
    public const string TasksDone = "steering.tasks_done";
    public const string TasksOnTime = "steering.tasks_on_time";
    public const string OnTimeRate = "steering.tasks_on_time_rate";

    public static string Issued(DocumentKind kind) => "steering.issued." + kind switch
    {
        DocumentKind.Plan => "plans",
        DocumentKind.Decision => "decisions",
        DocumentKind.Directive => "directives",
        DocumentKind.Notice => "notices",
        DocumentKind.Guidance => "guidance",
        DocumentKind.Report => "reports",
        DocumentKind.Programme => "programmes",
        DocumentKind.Minutes => "minutes",
        DocumentKind.OfficialLetter => "official_letters",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private const IndicatorSourceKind Computed = IndicatorSourceKind.Computed;

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        IndicatorDefinition.Sum(DocumentsIssued, IndicatorArea.Steering, Measure.Documents, Computed, headline: true),
        .. Enum.GetValues<DocumentKind>().Select(k => IndicatorDefinition.Sum(Issued(k), IndicatorArea.Steering, Measure.Documents, Computed)),
        IndicatorDefinition.Sum(Reorganisations, IndicatorArea.Steering, Measure.Times, Computed),
        IndicatorDefinition.Sum(Meetings, IndicatorArea.Steering, Measure.Sessions, Computed),
        IndicatorDefinition.Sum(Inspections, IndicatorArea.Steering, Measure.Sessions, Computed),
        IndicatorDefinition.Sum(UnitsInspected, IndicatorArea.Steering, Measure.Visits, Computed),
        IndicatorDefinition.Sum(TasksDue, IndicatorArea.Steering, Measure.Tasks, Computed),
        IndicatorDefinition.Sum(TasksDone, IndicatorArea.Steering, Measure.Tasks, Computed),
        IndicatorDefinition.Sum(TasksOnTime, IndicatorArea.Steering, Measure.Tasks, Computed),
        IndicatorDefinition.Rate(OnTimeRate, IndicatorArea.Steering, TasksOnTime, TasksDue, Computed),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var ids = idsOf.Values.SelectMany(x => x).Distinct().ToList();
        var documents = await db.Set<SteeringDocument>().AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Issued && d.IssuedOn >= from && d.IssuedOn <= to && ids.Contains(d.UnitId))
            .GroupBy(d => new { d.UnitId, d.Kind }).Select(g => new { g.Key.UnitId, g.Key.Kind, N = g.Count() }).ToListAsync(ct);
        var changes = await db.Set<CommitteeChange>().AsNoTracking().Where(c => c.EffectiveOn >= from && c.EffectiveOn <= to && ids.Contains(c.Committee!.UnitId))
            .GroupBy(c => c.Committee!.UnitId).Select(g => new { UnitId = g.Key, N = g.Count() }).ToListAsync(ct);
        var meetings = await db.Set<CommitteeMeeting>().AsNoTracking().Where(m => m.HeldOn >= from && m.HeldOn <= to && ids.Contains(m.UnitId))
            .GroupBy(m => m.UnitId).Select(g => new { UnitId = g.Key, N = g.Count() }).ToListAsync(ct);
        var inspections = await db.Set<SteeringInspection>().AsNoTracking().Where(i => i.From >= from && i.From <= to && ids.Contains(i.UnitId))
            .Select(i => new { i.UnitId, Units = i.Units.Count }).ToListAsync(ct);
        var tasks = await db.Set<SteeringTask>().AsNoTracking()
            .Where(t => t.State != TaskState.Cancelled && ids.Contains(t.AssigneeUnitId)
                && ((t.DueOn >= from && t.DueOn <= to) || (t.CompletedOn >= from && t.CompletedOn <= to)))
            .Select(t => new { t.AssigneeUnitId, t.DueOn, t.State, t.CompletedOn }).ToListAsync(ct);
        return units.ToDictionary(u => u.Id, u =>
        {
            var mine = idsOf[u.Id];
            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var docs = documents.Where(d => mine.Contains(d.UnitId)).ToList();
            values[DocumentsIssued] = docs.Sum(d => d.N);
            foreach (var k in Enum.GetValues<DocumentKind>())
            {
                values[Issued(k)] = docs.Where(d => d.Kind == k).Sum(d => d.N);
            }
            values[Reorganisations] = changes.Where(c => mine.Contains(c.UnitId)).Sum(c => c.N);
            values[Meetings] = meetings.Where(c => mine.Contains(c.UnitId)).Sum(c => c.N);
            var ins = inspections.Where(i => mine.Contains(i.UnitId)).ToList();
            values[Inspections] = ins.Count;
            values[UnitsInspected] = ins.Sum(i => i.Units);
            var t = tasks.Where(x => mine.Contains(x.AssigneeUnitId)).ToList();
            var due = t.Where(x => x.DueOn >= from && x.DueOn <= to).ToList();
            values[TasksDue] = due.Count;
            values[TasksOnTime] = due.Count(x => x.State == TaskState.Done && x.CompletedOn <= x.DueOn);
            values[TasksDone] = t.Count(x => x.State == TaskState.Done && x.CompletedOn >= from && x.CompletedOn <= to);
            return (IReadOnlyDictionary<string, decimal>)values;
        });
    }
}
