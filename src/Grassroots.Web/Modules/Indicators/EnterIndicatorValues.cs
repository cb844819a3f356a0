using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>Values a unit enters for a period; a null value removes an earlier one.</summary>
public sealed record EnterValuesRequest(string? UnitCode, DateOnly? From, DateOnly? To, Dictionary<string, decimal?>? Values);

public sealed record EnterValuesResult(string UnitCode, DateOnly From, DateOnly To, int Saved, int Removed);

/// <summary>
/// Entry of the indicators a unit keeps by hand (one-stop statistics, conferences, supervisions...), from the form or the
/// API, on <see cref="IndicatorRules"/>. Either everything is saved or nothing.
/// </summary>
public sealed class EnterIndicatorValues(UnitScope scope, IIndicatorCatalogue catalogue, IndicatorValueStore store)
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
            if (IndicatorRules.Check(catalogue.Find(key), value) is { } error)
            {
                v.Require(false, $"values.{key}", error);
            }
        }
        foreach (var rate in IndicatorRules.RatesOver100(catalogue, r.Values ?? []))
        {
            v.Require(false, $"values.{rate.Numerator}", "Indicators.RateOver100");
        }
        v.ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        var (from, to) = (r.From!.Value, r.To!.Value);
        if (!IndicatorRules.ExistsIn(unit, from, to))
        {
            throw DomainException.Invalid("Indicators.UnitNotInPeriod", unit.Name, Text.Date(from), Text.Date(to));
        }
        var (saved, removed) = await store.StoreAsync([(unit, r.Values!)], from, to, origin, ct);
        return new EnterValuesResult(unit.Code, from, to, saved, removed);
    }
}
