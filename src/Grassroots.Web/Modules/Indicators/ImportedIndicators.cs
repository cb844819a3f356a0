using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// Stores the figures an officer accepted from an imported report as indicator values marked <see cref="ValueOrigin.Imported"/>
/// with the report's id: a value of the same unit, key and period is replaced (saying whether it was typed); for an
/// indicator the platform computes from records, the value is kept with the report and the reader uses it only for a
/// period whose computed figure is zero (no records then).
/// </summary>
public sealed class ImportedIndicators(AppDbContext db, IIndicatorCatalogue catalogue, IIndicatorFigures figures, CurrentUser user, TimeProvider clock)
    : IImportedIndicators
{
    public async Task<IReadOnlyList<ImportedValueOutcome>> StageAsync(Guid documentId, IReadOnlyList<ImportedIndicatorValue> values, CancellationToken ct = default)
    {
        var outcomes = new List<ImportedValueOutcome>();
        var now = clock.GetUtcNow().UtcDateTime;
        var units = await db.Units.Where(u => values.Select(v => v.UnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var computedCache = new Dictionary<(int, DateOnly, DateOnly), Dictionary<string, decimal?>>();
        // The values already held for these units and keys, read once (a report has dozens of figures).
        var unitIds = units.Keys.ToList();
        var keys = values.Select(v => v.Key).Distinct().ToList();
        var existing = (await db.Set<IndicatorValue>().Where(x => unitIds.Contains(x.UnitId) && keys.Contains(x.Key)).ToListAsync(ct))
            .ToDictionary(x => (x.UnitId, x.Key, x.From, x.To));
        foreach (var v in values)
        {
            var definition = catalogue.Find(v.Key) ?? throw DomainException.Invalid("Indicators.UnknownKey", v.Key);
            existing.TryGetValue((v.UnitId, v.Key, v.From, v.To), out var row);
            var outcome = ImportedValueOutcome.Stored;
            if (definition.Source == IndicatorSourceKind.Computed)
            {
                if (!computedCache.TryGetValue((v.UnitId, v.From, v.To), out var current))
                {
                    current = await figures.ValuesAsync(units[v.UnitId], v.From, v.To, ct);
                    computedCache[(v.UnitId, v.From, v.To)] = current;
                }
                if (current.GetValueOrDefault(v.Key) is { } c && c != 0 && (row is null || row.Origin != ValueOrigin.Imported)) outcome = ImportedValueOutcome.ComputedKept;
            }
            else if (row is not null && row.Origin != ValueOrigin.Imported)
            {
                outcome = ImportedValueOutcome.ReplacedEntered;
            }
            if (row is null)
            {
                row = new IndicatorValue { UnitId = v.UnitId, Key = v.Key, From = v.From, To = v.To, EnteredBy = "", EnteredAt = now };
                db.Add(row);
                existing[(v.UnitId, v.Key, v.From, v.To)] = row;
            }
            row.Value = v.Value;
            row.Origin = ValueOrigin.Imported;
            row.SourceDocumentId = documentId;
            row.EnteredBy = user.UserName ?? "system";
            row.EnteredAt = now;
            outcomes.Add(outcome);
        }
        return outcomes;
    }
}
