using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// The rules an entered value keeps, whatever brings it (the form, the API, the spreadsheet): a known entered indicator,
/// no negative count, whole numbers for counts, no part larger than its whole (a rate over 100 %), a unit that exists in
/// the period. And how a rate is computed from its summed parts.
/// </summary>
public static class IndicatorRules
{
    public const decimal MaxValue = 1_000_000_000m;

    /// <summary>The message key of what is wrong with one value, or null.</summary>
    public static string? Check(Indicator? indicator, decimal? value) => indicator switch
    {
        null => "Indicators.UnknownKey",
        { IsEntered: false } => "Indicators.NotEntered",
        _ when value is null => null,
        _ when value < 0 => "Indicators.Negative",
        { Measure.Whole: true } when value != decimal.Truncate(value.Value) => "Indicators.NotWhole",
        _ => value > MaxValue ? "Indicators.TooLarge" : null,
    };

    /// <summary>The entered rates whose numerator is larger than their denominator, both given: they would exceed 100 %.</summary>
    public static IEnumerable<Indicator> RatesOver100(IIndicatorCatalogue catalogue, IReadOnlyDictionary<string, decimal?> values) =>
        catalogue.All.Where(d => d.RollUp == RollUpKind.Ratio && d.Source == IndicatorSourceKind.Entered)
            .Where(d => values.GetValueOrDefault(d.Numerator!) is { } n && values.GetValueOrDefault(d.Denominator!) is { } w && n > w)
            .DistinctBy(d => d.Numerator);

    /// <summary>The unit exists on some day of the period.</summary>
    public static bool ExistsIn(Unit unit, DateOnly from, DateOnly to) =>
        (unit.ValidFrom is null || unit.ValidFrom <= to) && (unit.ValidTo is null || unit.ValidTo > from);

    /// <summary>Numerator ÷ denominator in percent, two decimals; none without a denominator.</summary>
    public static decimal? Rate(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? Math.Round(100m * n / d, 2, MidpointRounding.AwayFromZero) : null;
}
