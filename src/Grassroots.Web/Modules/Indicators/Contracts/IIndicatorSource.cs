
namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>
/// A module that computes indicators from its own records. For a unit and a period it answers the values of
/// the keys it owns, counted over the unit's subtree and the units whose records passed to it through
/// lineage (a commune merged in 2025 counts under its successor) — the roll-up the module's statistics
/// already do. Registered once per module; the indicators module asks every source.
/// </summary>
public interface IIndicatorSource
{
    /// <summary>The catalogue keys this source answers (each must be a Computed indicator of the catalogue).</summary>
    IReadOnlyCollection<string> Keys { get; }

    Task<IReadOnlyDictionary<string, decimal>> ValuesAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default);

    /// <summary>The same for several units at once (a consolidated report's table): one pass over the records, not one per unit.</summary>
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesForManyAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default);
}
