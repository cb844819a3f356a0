using System.Globalization;

namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>
/// One indicator of the catalogue as the pages, the API, the spreadsheet and the reports read it: its declaration with
/// its label in both languages, and the figure as Vietnamese officers write it (7.554 hồ sơ, 99,17%, "02 cuộc" when padded).
/// </summary>
public sealed record Indicator(string Key, IndicatorArea Area, string Vi, string En, Measure Measure, RollUpKind RollUp, IndicatorSourceKind Source,
    string? Numerator = null, string? Denominator = null, bool Headline = false)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Typed by hand or imported (a rate never is: it is recomputed from its parts).</summary>
    public bool IsEntered => Source == IndicatorSourceKind.Entered && RollUp != RollUpKind.Ratio;

    public string Label(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? En : Vi;

    public string MeasureLabel(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? Measure.En : Measure.Vi;

    /// <summary>7.554, 99,17, 466,8524; "—" when there is no value.</summary>
    public static string Number(decimal? value, CultureInfo? culture = null)
    {
        if (value is not { } v)
        {
            return "—";
        }
        var c = culture ?? Vietnamese;
        return v == decimal.Truncate(v) ? v.ToString("N0", c) : v.ToString("#,##0.####", c);
    }

    /// <summary>Counts under ten with a leading zero ("02 cuộc", "06 đơn vị"), as the reports print them.</summary>
    public static string Padded(decimal? value) => value is { } v && v >= 0 && v < 10 && v == decimal.Truncate(v)
        ? v.ToString("00", CultureInfo.InvariantCulture)
        : Number(value);

    /// <summary>"7.554 hồ sơ", "99,17%".</summary>
    public string WithMeasure(decimal? value, CultureInfo? culture = null)
    {
        var measure = MeasureLabel(culture ?? Vietnamese);
        return measure == "%" ? Number(value, culture) + "%" : $"{Number(value, culture)} {measure}";
    }
}

/// <summary>
/// Every indicator, assembled from what each module declares (its <see cref="IIndicatorSource"/>) and what the units
/// enter by hand (declared by the Indicators module), grouped by area in the areas' order.
/// </summary>
public interface IIndicatorCatalogue
{
    IReadOnlyList<Indicator> All { get; }

    /// <summary>The areas that hold indicators, in order.</summary>
    IReadOnlyList<IndicatorArea> Areas { get; }

    Indicator? Find(string key);

    /// <summary>The indicator of a key known to be in the catalogue.</summary>
    Indicator Get(string key);
}
