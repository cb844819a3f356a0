using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Assessment;

/// <summary>
/// The classification counts as indicators, counted from the council's decisions: "06 đơn vị hoàn thành xuất sắc nhiệm vụ, 16
/// đơn vị hoàn thành tốt nhiệm vụ và 05 đơn vị hoàn thành nhiệm vụ" — the units of the subtree whose classification (a set of
/// the classification purpose) was decided in the period, by their level. The keys the units typed before keep their names.
/// Labels: <c>Indicator.{key}</c> in Resources/Assessment.resx.
/// </summary>
public sealed class AssessmentIndicatorSource(AppDbContext db, UnitLineage lineage) : IIndicatorSource
{
    public const string Excellent = "classification.excellent";
    public const string Good = "classification.good";
    public const string Completed = "classification.completed";
    public const string NotCompleted = "classification.not_completed";

    private const IndicatorSourceKind Computed = IndicatorSourceKind.Computed;

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        IndicatorDefinition.Sum(Excellent, IndicatorArea.Classification, Measure.Units, Computed),
        IndicatorDefinition.Sum(Good, IndicatorArea.Classification, Measure.Units, Computed),
        IndicatorDefinition.Sum(Completed, IndicatorArea.Classification, Measure.Units, Computed),
        IndicatorDefinition.Sum(NotCompleted, IndicatorArea.Classification, Measure.Units, Computed),
    ];

    public static string KeyOf(Classification c) => c switch
    {
        Classification.Excellent => Excellent,
        Classification.Good => Good,
        Classification.Completed => Completed,
        _ => NotCompleted,
    };

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var ids = idsOf.Values.SelectMany(x => x).Distinct().ToList();
        var decided = await db.Set<UnitAssessment>().AsNoTracking()
            .Where(a => ids.Contains(a.UnitId) && a.Status == AssessmentStatus.Decided && a.DecidedOn >= from && a.DecidedOn <= to
                && a.Result != null && a.Set!.Purpose == SetPurpose.Classification)
            .GroupBy(a => new { a.UnitId, a.Result }).Select(g => new { g.Key.UnitId, g.Key.Result, Count = g.Count() }).ToListAsync(ct);
        return units.ToDictionary(u => u.Id, u =>
        {
            var mine = idsOf[u.Id];
            var d = decided.Where(x => mine.Contains(x.UnitId)).ToList();
            return (IReadOnlyDictionary<string, decimal>)Enum.GetValues<Classification>()
                .ToDictionary(KeyOf, c => (decimal)d.Where(x => x.Result == c).Sum(x => x.Count));
        });
    }
}
