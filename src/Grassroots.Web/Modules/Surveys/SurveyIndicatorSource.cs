using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Surveys;

/// <summary>
/// The satisfaction indicators, computed from the survey responses (and, for the feedback element, the letters' verdicts):
/// for each SIPAS element the satisfied answers (4–5), all answers to its satisfaction questions and their ratio — the
/// element's index, a ratio of sums over the subtree and the units merged into it (2025 lineage), never an average of
/// rates; and the responses. The overall index (the mean of the five) is not a ratio of two sums, so the catalogue does
/// not carry it: the survey pages show it with its interval (docs/surveys.md). Labels: <c>Indicator.{key}</c> in Surveys.resx.
/// </summary>
public sealed class SurveyIndicatorSource(AppDbContext db, UnitLineage lineage, IPetitionVerdicts verdicts) : IIndicatorSource
{
    public const string Responses = "sipas.responses";

    public static string Satisfied(SurveyFactor f) => $"sipas.{Key(f)}_satisfied";

    public static string Answers(SurveyFactor f) => $"sipas.{Key(f)}_answers";

    public static string IndexKey(SurveyFactor f) => $"sipas.{Key(f)}_index";

    private static string Key(SurveyFactor f) => f switch
    {
        SurveyFactor.Access => "access",
        SurveyFactor.Procedure => "procedure",
        SurveyFactor.CivilServant => "civil_servant",
        SurveyFactor.Result => "result",
        _ => "feedback",
    };

    private const IndicatorSourceKind Computed = IndicatorSourceKind.Computed;

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        IndicatorDefinition.Sum(Responses, IndicatorArea.OneStop, Measure.Times, Computed),
        .. SurveyRules.Factors.SelectMany(f => new[]
        {
            IndicatorDefinition.Sum(Satisfied(f), IndicatorArea.OneStop, Measure.Times, Computed),
            IndicatorDefinition.Sum(Answers(f), IndicatorArea.OneStop, Measure.Times, Computed),
            IndicatorDefinition.Rate(IndexKey(f), IndicatorArea.OneStop, Satisfied(f), Answers(f), Computed),
        }),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var ids = idsOf.Values.SelectMany(x => x).Distinct().ToList();
        var rows = await db.Set<SurveyResponse>().AsNoTracking()
            .Where(r => r.SubmittedOn >= from && r.SubmittedOn <= to)
            .Join(db.Set<SurveyCampaign>().Where(c => ids.Contains(c.UnitId)), r => r.CampaignId, c => c.Id, (r, c) => new { c.UnitId, r })
            .GroupBy(x => x.UnitId)
            .Select(g => new
            {
                UnitId = g.Key, R = g.LongCount(),
                S1 = g.Sum(x => (long)x.r.S1), N1 = g.Sum(x => (long)x.r.N1), S2 = g.Sum(x => (long)x.r.S2), N2 = g.Sum(x => (long)x.r.N2),
                S3 = g.Sum(x => (long)x.r.S3), N3 = g.Sum(x => (long)x.r.N3), S4 = g.Sum(x => (long)x.r.S4), N4 = g.Sum(x => (long)x.r.N4),
                S5 = g.Sum(x => (long)x.r.S5), N5 = g.Sum(x => (long)x.r.N5),
            }).ToListAsync(ct);
        var byUnit = rows.ToDictionary(r => r.UnitId, r => (Counts: new FactorCounts([r.S1, r.S2, r.S3, r.S4, r.S5], [r.N1, r.N2, r.N3, r.N4, r.N5]), r.R));
        var letters = (await verdicts.CountAsync(ids, from, to, ct)).ToDictionary(v => v.UnitId);
        return units.ToDictionary(u => u.Id, u =>
        {
            var total = FactorCounts.Zero;
            long responses = 0;
            foreach (var id in idsOf[u.Id])
            {
                if (byUnit.TryGetValue(id, out var x))
                {
                    total = total.Plus(x.Counts);
                    responses += x.R;
                }
                if (letters.TryGetValue(id, out var l))
                {
                    total = total.PlusFeedback(l.Satisfied, l.Satisfied + l.Unsatisfied);
                }
            }
            var values = new Dictionary<string, decimal> { [Responses] = responses };
            for (var i = 0; i < 5; i++)
            {
                values[Satisfied(SurveyRules.Factors[i])] = total.Satisfied[i];
                values[Answers(SurveyRules.Factors[i])] = total.Answers[i];
            }
            return (IReadOnlyDictionary<string, decimal>)values;
        });
    }
}
