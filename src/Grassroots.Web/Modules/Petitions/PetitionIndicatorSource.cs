using Grassroots.Web.Modules.Indicators.Contracts;
using Grassroots.Web.Modules.Petitions.Statistics;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>The petition figures as indicators (petitions.*), from <see cref="PetitionStatistics"/>.</summary>
public sealed class PetitionIndicatorSource(PetitionStatistics statistics) : IIndicatorSource
{
    public IReadOnlyCollection<string> Keys { get; } =
    [
        "petitions.letters", "petitions.cases", "petitions.complaints", "petitions.denunciations", "petitions.recommendations", "petitions.reflections",
        "petitions.eligible", "petitions.not_eligible", "petitions.in_competence.letters", "petitions.in_competence.cases", "petitions.resolved_in_competence",
        "petitions.resolved.letters", "petitions.resolved.cases", "petitions.resolved_on_time", "petitions.resolved_late", "petitions.in_progress",
        "petitions.not_yet_handled", "petitions.handled_otherwise",
    ];

    public async Task<IReadOnlyDictionary<string, decimal>> ValuesAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        Values(await statistics.HandleAsync(unit, from, to, ct));

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesForManyAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default) =>
        (await statistics.HandleManyAsync(units, from, to, ct)).ToDictionary(kv => kv.Key, kv => Values(kv.Value));

    private static IReadOnlyDictionary<string, decimal> Values(PetitionStatisticsDto s) =>
        new Dictionary<string, decimal>
        {
            ["petitions.letters"] = s.Received.Letters,
            ["petitions.cases"] = s.Received.Cases,
            ["petitions.complaints"] = s.ReceivedByKind.GetValueOrDefault(PetitionKind.Complaint),
            ["petitions.denunciations"] = s.ReceivedByKind.GetValueOrDefault(PetitionKind.Denunciation),
            ["petitions.recommendations"] = s.ReceivedByKind.GetValueOrDefault(PetitionKind.Recommendation),
            ["petitions.reflections"] = s.ReceivedByKind.GetValueOrDefault(PetitionKind.Reflection),
            ["petitions.eligible"] = s.Eligible,
            ["petitions.not_eligible"] = s.NotEligible,
            ["petitions.in_competence.letters"] = s.InCompetence.Letters,
            ["petitions.in_competence.cases"] = s.InCompetence.Cases,
            ["petitions.resolved_in_competence"] = s.ResolvedInCompetence,
            ["petitions.resolved.letters"] = s.Resolved.Letters,
            ["petitions.resolved.cases"] = s.Resolved.Cases,
            ["petitions.resolved_on_time"] = s.ResolvedOnTime,
            ["petitions.resolved_late"] = s.ResolvedLate,
            ["petitions.in_progress"] = s.InProgress,
            ["petitions.not_yet_handled"] = s.NotYetHandled,
            ["petitions.handled_otherwise"] = s.HandledOtherwise,
        };
}
