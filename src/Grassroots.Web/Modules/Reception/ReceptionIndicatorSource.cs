using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reception;

/// <summary>
/// The reception figures as indicators, from <see cref="ReceptionStatistics"/>: "455 lượt/578 người với 420 vụ việc (có 01
/// đoàn đông người 33 người/01 vụ)", for all receptions, the head's and the regular ones. Labels: <c>Indicator.{key}</c> in
/// Resources/ReceptionIndicatorSource.resx.
/// </summary>
public sealed class ReceptionIndicatorSource(ReceptionStatistics statistics) : IIndicatorSource
{
    private const string Visits = "reception.visits";

    /// <summary>Whose receptions: all of them, the head's (periodic and unscheduled), the regular ones.</summary>
    private static readonly (string Prefix, Func<ReceptionStatisticsDto, ReceptionFigures> Read)[] Receptions =
        [("reception", s => s.All), ("reception.head", s => s.ByHead), ("reception.regular", s => s.Regular)];

    private static readonly (string Name, Measure Measure, Func<ReceptionFigures, int> Read)[] Figures =
    [
        ("visits", Measure.Visits, f => f.Visits),
        ("people", Measure.People, f => f.People),
        ("cases", Measure.Cases, f => f.Cases),
        ("crowd_delegations", Measure.Delegations, f => f.CrowdDelegations),
        ("crowd_people", Measure.People, f => f.CrowdPeople),
        ("crowd_cases", Measure.Cases, f => f.CrowdCases),
    ];

    /// <summary>Every figure of every kind of reception: "reception.visits", "reception.head.crowd_people"...</summary>
    private static readonly (string Key, Measure Measure, Func<ReceptionStatisticsDto, int> Read)[] Counts =
        [.. Receptions.SelectMany(r => Figures.Select(f => ($"{r.Prefix}.{f.Name}", f.Measure, (Func<ReceptionStatisticsDto, int>)(s => f.Read(r.Read(s))))))];

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
        [.. Counts.Select(c => IndicatorDefinition.Sum(c.Key, IndicatorArea.Reception, c.Measure, IndicatorSourceKind.Computed, headline: c.Key == Visits))];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default) =>
        (await statistics.HandleManyAsync(units, from, to, ct)).ToDictionary(kv => kv.Key, kv => Values(kv.Value));

    private static IReadOnlyDictionary<string, decimal> Values(ReceptionStatisticsDto s) => Counts.ToDictionary(c => c.Key, c => (decimal)c.Read(s));
}
