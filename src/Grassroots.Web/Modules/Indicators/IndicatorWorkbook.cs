using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;
using MiniExcelLibs;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// The spreadsheet a unit fills: indicator rows × unit columns for one period. The app writes it, the
/// communes fill it, and its upload is read back cell by cell: every wrong cell is reported and nothing is
/// stored unless every cell is right.
/// </summary>
public sealed class IndicatorWorkbook(AppDbContext db, UnitScope scope, EnterIndicatorValues enter,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> t) : IIndicatorWorkbook
{
    public const string Sheet = "SoLieu";
    public const string Marker = "GRASSROOTS-CHI-TIEU v1";
    private const int HeaderRow = 4;
    private const int FirstDataRow = 6;

    /// <summary>Columns A.. in the order the template writes them.</summary>
    private static string Column(int index)
    {
        var name = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }
        return name;
    }

    /// <summary>The template for a unit (itself and its sub-units that exist in the period, or the given ones) and a period.</summary>
    public async Task<byte[]> TemplateAsync(Unit unit, DateOnly from, DateOnly to, IReadOnlyList<Unit>? units = null, string? title = null,
        CancellationToken ct = default)
    {
        units ??= await UnitsOfAsync(unit, from, to, ct);
        var culture = CultureInfo.CurrentUICulture;
        var rows = new List<Dictionary<string, object?>>();
        Dictionary<string, object?> Row() => Enumerable.Range(0, 3 + units.Count).ToDictionary(i => Column(i), _ => (object?)null);
        var r1 = Row();
        r1["A"] = Marker;
        r1["B"] = title ?? t["Indicators.TemplateTitle"].Value;
        rows.Add(r1);
        var r2 = Row();
        r2["A"] = t["Indicators.From"].Value;
        r2["B"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        r2["C"] = t["Indicators.To"].Value;
        r2["D"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        rows.Add(r2);
        var r3 = Row();
        r3["A"] = t["Indicators.TemplateHelp"].Value;
        rows.Add(r3);
        var header = Row();
        header["A"] = t["Indicators.Key"].Value;
        header["B"] = t["Indicators.Indicator"].Value;
        header["C"] = t["Indicators.Measure"].Value;
        var names = Row();
        names["B"] = t["Indicators.UnitName"].Value;
        for (var i = 0; i < units.Count; i++)
        {
            header[Column(3 + i)] = units[i].Code;
            names[Column(3 + i)] = units[i].Name;
        }
        rows.Add(header);
        rows.Add(names);
        foreach (var d in IndicatorCatalogue.All.Where(d => d.IsEntered))
        {
            var row = Row();
            row["A"] = d.Key;
            row["B"] = d.Label(culture);
            row["C"] = d.MeasureLabel(culture);
            rows.Add(row);
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, printHeader: false, sheetName: Sheet, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>The unit itself and its sub-units (not residential communities) that exist in the period.</summary>
    public async Task<List<Unit>> UnitsOfAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var children = await db.Units.AsNoTracking()
            .Where(u => u.ParentId == unit.Id && u.Kind != UnitKind.ResidentialCommunity)
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= to) && (u.ValidTo == null || u.ValidTo > from))
            .OrderBy(u => u.Code).ToListAsync(ct);
        return [unit, .. children];
    }

    /// <summary>
    /// Reads an upload. <paramref name="allowed"/>, when given, are the only unit codes the file may carry
    /// (the units that must report in a report period).
    /// </summary>
    public async Task<ImportResult> ImportAsync(Stream upload, IReadOnlySet<string>? allowed = null, CancellationToken ct = default,
        (DateOnly From, DateOnly To)? expected = null)
    {
        var errors = new List<ImportError>();
        void Error(int row, string column, string key, params object[] args) => errors.Add(new(Sheet, row, column, t[key, args].Value));
        List<IDictionary<string, object?>> rows;
        try
        {
            using var copy = new MemoryStream();
            await upload.CopyToAsync(copy, ct);
            copy.Position = 0;
            if (!MiniExcel.GetSheetNames(copy).Contains(Sheet))
            {
                throw new ImportRejected([new(Sheet, 1, "A", t["Indicators.NotTemplate"].Value)]);
            }
            copy.Position = 0;
            rows = [.. MiniExcel.Query(copy, useHeaderRow: false, sheetName: Sheet).Cast<IDictionary<string, object?>>()];
        }
        catch (ImportRejected)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ImportRejected([new(Sheet, 1, "A", t["Indicators.NotTemplate"].Value)]);
        }
        string? Cell(int row, string column) =>
            row - 1 < rows.Count && rows[row - 1].TryGetValue(column, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() : null;
        if (rows.Count < HeaderRow || Cell(1, "A") != Marker)
        {
            throw new ImportRejected([new(Sheet, 1, "A", t["Indicators.NotTemplate"].Value)]);
        }
        var from = ParseDate(Cell(2, "B"));
        var to = ParseDate(Cell(2, "D"));
        if (from is null)
        {
            Error(2, "B", "Indicators.CellDate");
        }
        if (to is null)
        {
            Error(2, "D", "Indicators.CellDate");
        }
        if (from is not null && to is not null && from > to)
        {
            Error(2, "D", "Statistics.PeriodInvalid");
        }
        if (expected is { } period && from is not null && to is not null && (from != period.From || to != period.To))
        {
            Error(2, "B", "Indicators.CellPeriodMismatch", Text.Date(period.From), Text.Date(period.To));
        }

        // Unit columns.
        var columns = new List<(string Column, Unit Unit)>();
        var header = rows[HeaderRow - 1];
        foreach (var (column, value) in header.Where(h => h.Key is not ("A" or "B" or "C"))
            .Select(h => (h.Key, Convert.ToString(h.Value, CultureInfo.InvariantCulture)?.Trim())).Where(h => !string.IsNullOrEmpty(h.Item2)))
        {
            var code = Text.Clean(value);
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
            if (unit is null)
            {
                Error(HeaderRow, column, "Indicators.CellUnknownUnit", code);
                continue;
            }
            if ((from is not null && to is not null && !EnterIndicatorValues.ExistsIn(unit, from.Value, to.Value)) || (allowed is not null && !allowed.Contains(unit.Code)))
            {
                Error(HeaderRow, column, "Indicators.CellUnitNotInPeriod", unit.Name);
                continue;
            }
            if (!await scope.CanAsync(unit, Permission.Edit, ct))
            {
                Error(HeaderRow, column, "Indicators.CellUnitOutOfReach", unit.Name);
                continue;
            }
            columns.Add((column, unit));
        }
        if (columns.Count == 0 && errors.Count == 0)
        {
            Error(HeaderRow, "D", "Indicators.NoUnits");
        }

        var values = columns.ToDictionary(c => c.Column, _ => new Dictionary<string, decimal?>());
        var rowOfKey = new Dictionary<string, int>();
        for (var row = FirstDataRow; row <= rows.Count; row++)
        {
            var key = Cell(row, "A");
            if (string.IsNullOrEmpty(key))
            {
                continue;
            }
            var d = IndicatorCatalogue.Find(key);
            if (d is null || !d.IsEntered)
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
                decimal? number = raw switch
                {
                    double x => (decimal)x,
                    decimal x => x,
                    int x => x,
                    long x => x,
                    string x => ParseNumber(x),
                    _ => null,
                };
                if (number is null)
                {
                    Error(row, column, "Indicators.CellNotNumber", Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "");
                    continue;
                }
                if (EnterIndicatorValues.Check(key, number) is { } problem)
                {
                    Error(row, column, problem == "Indicators.Negative" ? "Indicators.CellNegative" : problem == "Indicators.NotWhole" ? "Indicators.CellNotWhole" : "Indicators.CellTooLarge");
                    continue;
                }
                values[column][key] = number;
            }
        }
        foreach (var (column, unitValues) in values)
        {
            foreach (var key in EnterIndicatorValues.PartOverWhole(unitValues))
            {
                var ratio = IndicatorCatalogue.All.First(d => d.Numerator == key && d.RollUp == RollUpKind.Ratio);
                Error(rowOfKey[key], column, "Indicators.CellRateOver100", IndicatorCatalogue.Get(ratio.Denominator!).Label(CultureInfo.CurrentUICulture));
            }
        }
        if (errors.Count > 0)
        {
            throw new ImportRejected([.. errors.OrderBy(e => e.Row).ThenBy(e => e.Column.Length).ThenBy(e => e.Column, StringComparer.Ordinal)]);
        }
        var toStore = columns.Where(c => values[c.Column].Count > 0).Select(c => (c.Unit, values[c.Column])).ToList();
        var (saved, _) = await enter.StoreAsync(toStore, from!.Value, to!.Value, ValueOrigin.Spreadsheet, ct);
        return new ImportResult(from.Value, to.Value, columns.Select(c => c.Unit.Code).ToList(), saved);
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt) : null;

    /// <summary>Numbers typed as text: "7.554" or "7554" (Vietnamese thousands), "99,17" (Vietnamese decimals), or "99.17".</summary>
    private static decimal? ParseNumber(string text)
    {
        var s = text.Trim();
        if (decimal.TryParse(s, NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"), out var vi))
        {
            return vi;
        }
        return decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var inv) ? inv : null;
    }
}
