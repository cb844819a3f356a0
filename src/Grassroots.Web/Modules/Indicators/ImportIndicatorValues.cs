using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// Reads a filled <see cref="IndicatorWorkbook"/> back: every unit column must be a unit that exists in the period, in the
/// uploader's reach (and, for a report period, one that must report in it), every cell a value <see cref="IndicatorRules"/>
/// accept. Every wrong cell is named by sheet, row and column, and nothing of the file is stored unless every cell is right.
/// </summary>
public sealed class ImportIndicatorValues(AppDbContext db, UnitScope scope, IIndicatorCatalogue catalogue, IndicatorValueStore store,
    IStringLocalizer<SharedResource> t)
{
    /// <summary>A filled template is a few hundred kilobytes; anything much bigger is not one.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    public async Task<ImportOutcome> HandleAsync(ImportValuesRequest r, CancellationToken ct = default)
    {
        if (r.File is null || r.File.Length == 0)
        {
            throw DomainException.Invalid("Indicators.NoFile");
        }
        // Read and judged like every upload (size, and an archive's real size) before the spreadsheet reader opens it.
        var (_, bytes) = await FileUploads.ReadContentAsync(r.File, MaxBytes, ct);
        var rows = IndicatorWorkbook.Read(bytes);
        string? Cell(int row, string column) =>
            row - 1 < rows!.Count && rows[row - 1].TryGetValue(column, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() : null;
        if (rows is null || rows.Count < IndicatorWorkbook.HeaderRow || Cell(1, "A") != IndicatorWorkbook.Marker)
        {
            return Refused([new(IndicatorWorkbook.Sheet, 1, "A", t["Indicators.NotTemplate"].Value)]);
        }

        var errors = new List<ImportError>();
        void Error(int row, string column, string key, params object[] args) => errors.Add(new(IndicatorWorkbook.Sheet, row, column, t[key, args].Value));
        var from = ParseDate(Cell(IndicatorWorkbook.PeriodRow, "B"));
        var to = ParseDate(Cell(IndicatorWorkbook.PeriodRow, "D"));
        if (from is null)
        {
            Error(IndicatorWorkbook.PeriodRow, "B", "Indicators.CellDate");
        }
        if (to is null)
        {
            Error(IndicatorWorkbook.PeriodRow, "D", "Indicators.CellDate");
        }
        if (from is not null && to is not null && from > to)
        {
            Error(IndicatorWorkbook.PeriodRow, "D", "Statistics.PeriodInvalid");
        }
        if (r.Period is { } period && from is not null && to is not null && (from != period.From || to != period.To))
        {
            Error(IndicatorWorkbook.PeriodRow, "B", "Indicators.CellPeriodMismatch", Text.Date(period.From), Text.Date(period.To));
        }

        // The unit columns.
        var columns = new List<(string Column, Unit Unit)>();
        foreach (var (column, value) in rows[IndicatorWorkbook.HeaderRow - 1].Where(h => !IndicatorWorkbook.IndicatorColumns.Contains(h.Key))
            .Select(h => (h.Key, Convert.ToString(h.Value, CultureInfo.InvariantCulture)?.Trim())).Where(h => !string.IsNullOrEmpty(h.Item2)))
        {
            var code = Text.Clean(value);
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
            if (unit is null)
            {
                Error(IndicatorWorkbook.HeaderRow, column, "Indicators.CellUnknownUnit", code);
            }
            else if ((from is not null && to is not null && !IndicatorRules.ExistsIn(unit, from.Value, to.Value)) || (r.Allowed is not null && !r.Allowed.Contains(unit.Code)))
            {
                Error(IndicatorWorkbook.HeaderRow, column, "Indicators.CellUnitNotInPeriod", unit.Name);
            }
            else if (!await scope.CanAsync(unit, Permission.Edit, ct))
            {
                Error(IndicatorWorkbook.HeaderRow, column, "Indicators.CellUnitOutOfReach", unit.Name);
            }
            else
            {
                columns.Add((column, unit));
            }
        }
        if (columns.Count == 0 && errors.Count == 0)
        {
            Error(IndicatorWorkbook.HeaderRow, "D", "Indicators.NoUnits");
        }

        // The values, cell by cell.
        var values = columns.ToDictionary(c => c.Column, _ => new Dictionary<string, decimal?>());
        var rowOfKey = new Dictionary<string, int>();
        for (var row = IndicatorWorkbook.FirstDataRow; row <= rows.Count; row++)
        {
            var key = Cell(row, "A");
            if (string.IsNullOrEmpty(key))
            {
                continue;
            }
            var indicator = catalogue.Find(key);
            if (indicator is not { IsEntered: true })
            {
                Error(row, "A", "Indicators.CellUnknownKey", key);
                continue;
            }
            rowOfKey[key] = row;
            foreach (var (column, _) in columns)
            {
                var raw = rows[row - 1].TryGetValue(column, out var v) ? v : null;
                if (raw is null || (raw is string s && string.IsNullOrWhiteSpace(s)))
                {
                    continue;
                }
                if (Number(raw) is not { } number)
                {
                    Error(row, column, "Indicators.CellNotNumber", Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "");
                }
                else if (IndicatorRules.Check(indicator, number) is { } problem)
                {
                    Error(row, column, problem switch { "Indicators.Negative" => "Indicators.CellNegative", "Indicators.NotWhole" => "Indicators.CellNotWhole", _ => "Indicators.CellTooLarge" });
                }
                else
                {
                    values[column][key] = number;
                }
            }
        }
        foreach (var (column, unitValues) in values)
        {
            foreach (var rate in IndicatorRules.RatesOver100(catalogue, unitValues))
            {
                Error(rowOfKey[rate.Numerator!], column, "Indicators.CellRateOver100", catalogue.Get(rate.Denominator!).Label(CultureInfo.CurrentUICulture));
            }
        }
        if (errors.Count > 0)
        {
            return Refused([.. errors.OrderBy(e => e.Row).ThenBy(e => e.Column.Length).ThenBy(e => e.Column, StringComparer.Ordinal)]);
        }
        var toStore = columns.Where(c => values[c.Column].Count > 0).Select(c => (c.Unit, values[c.Column])).ToList();
        var (saved, _) = await store.StoreAsync(toStore, from!.Value, to!.Value, ValueOrigin.Spreadsheet, ct);
        var imported = new ImportResult(from.Value, to.Value, columns.Select(c => c.Unit.Code).ToList(), saved);
        return new ImportOutcome(imported, [], t["Indicators.Imported", saved, imported.Units.Count].Value);
    }

    private ImportOutcome Refused(IReadOnlyList<ImportError> errors) => new(null, errors, t["Indicators.ImportRejected", errors.Count].Value);

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt) : null;

    /// <summary>A number cell, or one typed as text: "7.554" or "7554" (Vietnamese thousands), "99,17" (Vietnamese decimals), or "99.17".</summary>
    private static decimal? Number(object raw) => raw switch
    {
        double x => (decimal)x,
        decimal x => x,
        int x => x,
        long x => x,
        string x when decimal.TryParse(x.Trim(), NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"), out var vi) => vi,
        string x when decimal.TryParse(x.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var inv) => inv,
        _ => null,
    };
}
