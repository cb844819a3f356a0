using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>Values a unit enters for a period; a null value removes an earlier one.</summary>
public sealed record EnterValuesRequest(string? UnitCode, DateOnly? From, DateOnly? To, Dictionary<string, decimal?>? Values);

public sealed record EnterValuesResult(string UnitCode, DateOnly From, DateOnly To, int Saved, int Removed);

/// <summary>
/// Entry of the indicators a unit keeps by hand (one-stop statistics, conferences, supervisions...). The
/// same rules hold for the form, the API and the spreadsheet: a known entered indicator, no negative
/// count, whole numbers for counts, no part larger than its whole (a rate over 100 %), a unit that exists
/// in the period. Either everything is saved or nothing.
/// </summary>
public sealed class EnterIndicatorValues(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<EnterValuesResult> HandleAsync(EnterValuesRequest r, ValueOrigin origin, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.From is not null, "from", "Validation.Required")
            .Require(r.To is not null, "to", "Validation.Required")
            .Require(r.From is null || r.To is null || (r.From <= r.To && r.To.Value.DayNumber - r.From.Value.DayNumber <= 366 * 5), "to", "Statistics.PeriodInvalid")
            .Require(r.Values is { Count: > 0 }, "values", "Validation.Required");
        foreach (var (key, value) in r.Values ?? [])
        {
            if (Check(key, value) is { } error)
            {
                v.Require(false, $"values.{key}", error);
            }
        }
        foreach (var error in PartOverWhole(r.Values ?? []))
        {
            v.Require(false, $"values.{error}", "Indicators.RateOver100");
        }
        v.ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        RequireExistsIn(unit, r.From!.Value, r.To!.Value);
        var (saved, removed) = await StoreAsync([(unit, r.Values!)], r.From.Value, r.To.Value, origin, ct);
        return new EnterValuesResult(unit.Code, r.From.Value, r.To.Value, saved, removed);
    }

    /// <summary>The unit must exist on some day of the period.</summary>
    public static void RequireExistsIn(Unit unit, DateOnly from, DateOnly to)
    {
        if (!ExistsIn(unit, from, to))
        {
            throw DomainException.Invalid("Indicators.UnitNotInPeriod", unit.Name, Text.Date(from), Text.Date(to));
        }
    }

    public static bool ExistsIn(Unit unit, DateOnly from, DateOnly to) =>
        (unit.ValidFrom is null || unit.ValidFrom <= to) && (unit.ValidTo is null || unit.ValidTo > from);

    /// <summary>The message key of what is wrong with one value, or null.</summary>
    public static string? Check(string key, decimal? value)
    {
        var d = IndicatorCatalogue.Find(key);
        if (d is null)
        {
            return "Indicators.UnknownKey";
        }
        if (!d.IsEntered)
        {
            return "Indicators.NotEntered";
        }
        if (value is null)
        {
            return null;
        }
        if (value < 0)
        {
            return "Indicators.Negative";
        }
        if (d.Measure.Whole && value != decimal.Truncate(value.Value))
        {
            return "Indicators.NotWhole";
        }
        return value > 1_000_000_000m ? "Indicators.TooLarge" : null;
    }

    /// <summary>Keys of numerators larger than their denominators (both given): the rate would exceed 100 %.</summary>
    public static IEnumerable<string> PartOverWhole(IReadOnlyDictionary<string, decimal?> values) =>
        IndicatorCatalogue.All.Where(d => d.RollUp == RollUpKind.Ratio && d.Source == IndicatorSourceKind.Entered)
            .Where(d => values.GetValueOrDefault(d.Numerator!) is { } n && values.GetValueOrDefault(d.Denominator!) is { } w && n > w)
            .Select(d => d.Numerator!).Distinct();

    /// <summary>Upserts in one save (the spreadsheet import stores every unit's row together).</summary>
    public async Task<(int Saved, int Removed)> StoreAsync(IReadOnlyList<(Unit Unit, Dictionary<string, decimal?> Values)> rows, DateOnly from, DateOnly to,
        ValueOrigin origin, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Unit.Id).ToList();
        var existing = await db.Set<IndicatorValue>().Where(x => ids.Contains(x.UnitId) && x.From == from && x.To == to).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "system";
        int saved = 0, removed = 0;
        foreach (var (unit, values) in rows)
        {
            foreach (var (key, value) in values)
            {
                var row = existing.FirstOrDefault(x => x.UnitId == unit.Id && x.Key == key);
                if (value is null)
                {
                    if (row is not null)
                    {
                        db.Remove(row);
                        removed++;
                    }
                    continue;
                }
                if (row is null)
                {
                    row = new IndicatorValue { UnitId = unit.Id, Key = key, From = from, To = to, EnteredBy = by };
                    db.Add(row);
                }
                row.Value = value.Value;
                row.Origin = origin;
                row.EnteredBy = by;
                row.EnteredAt = now;
                saved++;
            }
        }
        await db.SaveChangesAsync(ct);
        return (saved, removed);
    }
}
