namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>
/// A module that computes indicators from its own records. It declares them (<see cref="Definitions"/>: the counts it
/// answers and the rates of them) and, for a unit and a period, answers the values of its counts over the unit's subtree
/// and the units whose records passed to it through lineage (a commune merged in 2025 counts under its successor) — the
/// roll-up the module's statistics already do. Registered once per module; the catalogue and the figures ask every source.
/// </summary>
public interface IIndicatorSource
{
    /// <summary>The indicators this module declares, in the order the pages list them.</summary>
    IReadOnlyList<IndicatorDefinition> Definitions { get; }

    /// <summary>
    /// The values of one unit or of several at once (a consolidated report's table), by unit id: one pass over the records,
    /// not one per unit.
    /// </summary>
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default);
}
