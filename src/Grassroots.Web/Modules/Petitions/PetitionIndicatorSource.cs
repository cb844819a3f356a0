using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Modules.Petitions.Statistics;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>
/// The petition figures as indicators, from <see cref="PetitionStatistics"/>: "416 đơn/396 vụ ... 105 đơn/105 vụ, đã giải
/// quyết 105 đơn/105 vụ, đạt tỷ lệ 100%"; "14 đơn khiếu nại, 75 đơn kiến nghị". Each is declared once with the figure it
/// reads; labels: <c>Indicator.{key}</c> in Resources/PetitionIndicatorSource.resx.
/// </summary>
public sealed class PetitionIndicatorSource(PetitionStatistics statistics) : IIndicatorSource
{
    private const string Letters = "petitions.letters";
    private const string InCompetenceLetters = "petitions.in_competence.letters";
    private const string ResolvedInCompetence = "petitions.resolved_in_competence";

    private static readonly (string Key, Measure Measure, Func<PetitionStatisticsDto, int> Read)[] Counts =
    [
        (Letters, Measure.Letters, s => s.Received.Letters),
        ("petitions.cases", Measure.Cases, s => s.Received.Cases),
        ("petitions.complaints", Measure.Letters, s => s.ReceivedByKind.GetValueOrDefault(PetitionKind.Complaint)),
        ("petitions.denunciations", Measure.Letters, s => s.ReceivedByKind.GetValueOrDefault(PetitionKind.Denunciation)),
        ("petitions.recommendations", Measure.Letters, s => s.ReceivedByKind.GetValueOrDefault(PetitionKind.Recommendation)),
        ("petitions.reflections", Measure.Letters, s => s.ReceivedByKind.GetValueOrDefault(PetitionKind.Reflection)),
        ("petitions.eligible", Measure.Letters, s => s.Eligible),
        ("petitions.not_eligible", Measure.Letters, s => s.NotEligible),
        (InCompetenceLetters, Measure.Letters, s => s.InCompetence.Letters),
        ("petitions.in_competence.cases", Measure.Cases, s => s.InCompetence.Cases),
        (ResolvedInCompetence, Measure.Letters, s => s.ResolvedInCompetence),
        ("petitions.resolved.letters", Measure.Letters, s => s.Resolved.Letters),
        ("petitions.resolved.cases", Measure.Cases, s => s.Resolved.Cases),
        ("petitions.resolved_on_time", Measure.Letters, s => s.ResolvedOnTime),
        ("petitions.resolved_late", Measure.Letters, s => s.ResolvedLate),
        ("petitions.in_progress", Measure.Letters, s => s.InProgress),
        ("petitions.not_yet_handled", Measure.Letters, s => s.NotYetHandled),
        ("petitions.handled_otherwise", Measure.Letters, s => s.HandledOtherwise),
    ];

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        .. Counts.Select(c => IndicatorDefinition.Sum(c.Key, IndicatorArea.Petitions, c.Measure, IndicatorSourceKind.Computed, headline: c.Key == Letters)),
        IndicatorDefinition.Rate("petitions.resolution_rate", IndicatorArea.Petitions, ResolvedInCompetence, InCompetenceLetters, IndicatorSourceKind.Computed, headline: true),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default) =>
        (await statistics.HandleManyAsync(units, from, to, ct)).ToDictionary(kv => kv.Key, kv => Values(kv.Value));

    private static IReadOnlyDictionary<string, decimal> Values(PetitionStatisticsDto s) => Counts.ToDictionary(c => c.Key, c => (decimal)c.Read(s));
}
