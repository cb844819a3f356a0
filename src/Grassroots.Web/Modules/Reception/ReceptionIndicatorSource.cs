using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reception;

/// <summary>The reception figures as indicators (reception.*), from <see cref="ReceptionStatistics"/>.</summary>
public sealed class ReceptionIndicatorSource(ReceptionStatistics statistics) : IIndicatorSource
{
    private static readonly string[] Prefixes = ["reception", "reception.head", "reception.regular"];

    public IReadOnlyCollection<string> Keys { get; } = Prefixes
        .SelectMany(p => new[] { "visits", "people", "cases", "crowd_delegations", "crowd_people", "crowd_cases" }.Select(k => $"{p}.{k}")).ToList();

    public async Task<IReadOnlyDictionary<string, decimal>> ValuesAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        Values(await statistics.HandleAsync(unit, from, to, ct));

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesForManyAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default) =>
        (await statistics.HandleManyAsync(units, from, to, ct)).ToDictionary(kv => kv.Key, kv => Values(kv.Value));

    private static IReadOnlyDictionary<string, decimal> Values(ReceptionStatisticsDto s)
    {
        var values = new Dictionary<string, decimal>();
        foreach (var (prefix, f) in new[] { (Prefixes[0], s.All), (Prefixes[1], s.ByHead), (Prefixes[2], s.Regular) })
        {
            values[$"{prefix}.visits"] = f.Visits;
            values[$"{prefix}.people"] = f.People;
            values[$"{prefix}.cases"] = f.Cases;
            values[$"{prefix}.crowd_delegations"] = f.CrowdDelegations;
            values[$"{prefix}.crowd_people"] = f.CrowdPeople;
            values[$"{prefix}.crowd_cases"] = f.CrowdCases;
        }
        return values;
    }
}
