namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>The values of every indicator for units and a period, rolled up over subtrees and lineage: key → value (null when a rate has no denominator).</summary>
public interface IIndicatorFigures
{
    Task<Dictionary<string, decimal?>> ValuesAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default);

    Task<Dictionary<int, Dictionary<string, decimal?>>> ValuesForAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, CancellationToken ct = default);
}
