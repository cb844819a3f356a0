using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// The catalogue as the modules declare it: each registered source's indicators and those the units enter
/// (<see cref="EnteredIndicators"/>), by area in the areas' order and in each declarer's order within an area, with their
/// labels read from the declaring module's resources. A key declared twice or too long, a rate whose parts are not in the catalogue or
/// a label missing from the resources is a mistake of the code, refused as soon as the catalogue is read.
/// </summary>
public sealed class IndicatorCatalogue : IIndicatorCatalogue
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly Dictionary<string, Indicator> _byKey = new(StringComparer.Ordinal);

    public IndicatorCatalogue(IEnumerable<IIndicatorSource> sources, MergedResources resources)
    {
        string Label(IndicatorDefinition d, CultureInfo culture) =>
            resources.Find(d.LabelKey, culture) ?? throw new InvalidOperationException($"The indicator {d.Key} has no label {d.LabelKey}.");
        All = sources.SelectMany(s => s.Definitions).Concat(EnteredIndicators.All)
            .OrderBy(d => d.Area) // stable: each declarer's order is kept within an area
            .Select(d => new Indicator(d.Key, d.Area, Label(d, CultureInfo.InvariantCulture), Label(d, English), d.Measure, d.RollUp, d.Source,
                d.Numerator, d.Denominator, d.Headline))
            .ToList();
        foreach (var indicator in All)
        {
            if (indicator.Key.Length > IndicatorValue.KeyMaxLength || !_byKey.TryAdd(indicator.Key, indicator))
            {
                throw new InvalidOperationException($"The indicator {indicator.Key} is declared twice or its key is too long.");
            }
        }
        if (All.FirstOrDefault(d => d.RollUp == RollUpKind.Ratio && (Find(d.Numerator ?? "") is null || Find(d.Denominator ?? "") is null)) is { } rate)
        {
            throw new InvalidOperationException($"The rate {rate.Key} divides indicators that are not in the catalogue.");
        }
        Areas = All.Select(d => d.Area).Distinct().ToList();
    }

    public IReadOnlyList<Indicator> All { get; }

    public IReadOnlyList<IndicatorArea> Areas { get; }

    public Indicator? Find(string key) => _byKey.GetValueOrDefault(key);

    public Indicator Get(string key) => _byKey[key];
}
