using System.Globalization;

namespace Grassroots.Web.Modules.Indicators.Contracts;

/// <summary>Figures as Vietnamese officers write them: 7.554 hồ sơ, 99,17%, 466,8524 km²; "02 cuộc" when padded.</summary>
public static class IndicatorFormat
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(decimal? value, CultureInfo? culture = null)
    {
        if (value is not { } v)
        {
            return "—";
        }
        var c = culture ?? Vi;
        return v == decimal.Truncate(v) ? v.ToString("N0", c) : v.ToString("#,##0.####", c);
    }

    /// <summary>Counts under ten with a leading zero ("02 cuộc", "06 đơn vị"), as the reports print them.</summary>
    public static string Padded(decimal? value) => value is { } v && v >= 0 && v < 10 && v == decimal.Truncate(v)
        ? v.ToString("00", CultureInfo.InvariantCulture)
        : Number(value);

    public static string WithMeasure(decimal? value, IndicatorDefinition d, CultureInfo? culture = null)
    {
        var measure = d.MeasureLabel(culture ?? Vi);
        return measure == "%" ? Number(value, culture) + "%" : $"{Number(value, culture)} {measure}";
    }
}
